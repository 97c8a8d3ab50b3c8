"""Wave 74, ev74a: the article's country guessed for a person whose title says whose it is.

- events.args.possessor-title-country.v1: "Kenya said its foreign minister, Joseph Mwangi, would
  travel ..." in a story about another country: the possessive pronoun on the person's own
  title ("its", ``actor_rules.possessor_title_pronouns``) is linked to a coded party, and the
  person takes that party's code (a state's, or an international body's: the UN's envoy is
  UNO), not the article's country (``events.args.article-country.v9``). A pronoun that is no
  party's, "his", or a party the story's own country already codes, changes nothing.
"""

from __future__ import annotations

import pytest

from tests.event_records import named_events

RULE = "events.args.possessor-title-country.v1"
ARTICLE = "events.args.article-country.v13"

SUDAN = ("KHARTOUM — Sudanese troops and Ethiopian forces clashed near the border on Friday, "
         "Sudan said. Sudan accused Ethiopia of shelling farms. ")
SOMALIA = ("MOGADISHU — Gunmen attacked a hotel in the Somali capital on Sunday, police said. "
           "Somalia's government condemned the attack. ")


def _sources(text: str, trigger: str) -> tuple[list[tuple[str, str | None]], str]:
    found = [(source, rule) for _, word, source, _, rule in named_events(text) if word == trigger]
    assert found, named_events(text)
    return found[0]


@pytest.mark.parametrize(("text", "person"), [
    (SUDAN + "Kenya said its foreign minister, Joseph Mwangi, would travel to both capitals to "
     "calm the situation.", ("Joseph Mwangi", "KEN")),
    (SOMALIA + "The United Nations said its humanitarian coordinator, Karl Brenner, would "
     "travel to the region.", ("Karl Brenner", "UNO")),
])
def test_pronoun_owner_of_title_gives_its_code(text: str, person: tuple[str, str]) -> None:
    source, rule = _sources(text, "travel")
    assert person in source
    assert RULE in rule and ARTICLE not in rule


@pytest.mark.parametrize(("text", "person"), [
    # the owner is the story's own country: the same code, by the article's guess as before
    (SOMALIA + "Somalia said its interior minister, Ahmed Farah, would travel to Nairobi.",
     ("Ahmed Farah", "SOM")),
])
def test_home_owner_keeps_code(text: str, person: tuple[str, str]) -> None:
    source, _ = _sources(text, "travel")
    assert person in source


def test_his_is_no_owner() -> None:
    """"his adviser": a person's pronoun is not read (the adviser's country is no one's title)."""
    text = SOMALIA + "The president said his adviser, Ahmed Farah, would travel to Nairobi."
    source, rule = _sources(text, "travel")
    assert RULE not in rule
    assert all(name != "Ahmed Farah" or country != "KEN" for name, country in source)
