"""Wave 73, ev73b: a lexicon body named after another country's possessive is that country's.

- actors.organization.possessor-namesake.v1: "El Salvador's Congress", "South Korea's Democratic
  Party" are El Salvador's legislature and South Korea's party, not the US Congress or the US
  Democratic Party that the lexicon gives those names (a one-word country, "Peru's Congress",
  was already read by actors.organization.foreign-namesake.v1).
- Near misses: the lexicon body named bare or after its own country keeps its code; a company,
  the press or an international body after a country's possessive keeps its own code; a
  possessive that is no country's (a city, a person) changes nothing.
"""

from __future__ import annotations

from tests.event_records import actor_by_mention, named_event

RULE = "actors.organization.possessor-namesake.v1"


def test_possessed_congress_is_the_possessor_country() -> None:
    kind, source, _, _ = named_event(
        "Peru's Congress voted on Thursday to condemn the raid on the border post.", "condemn")
    assert kind == "ACCUSE"
    assert [country for _, country in source] == ["PER"]
    actor = actor_by_mention(
        "Peru's Congress voted on Thursday to condemn the raid on the border post.",
        "Peru's Congress")
    assert actor.sector == "LEG"  # a one-word country: foreign-namesake.v1 already reads it


def test_possessed_party_of_another_country() -> None:
    text = "South Korea's Democratic Party accused the president of abusing his powers."
    _, source, _, _ = named_event(text, "accused")
    assert [country for _, country in source] == ["KOR"]
    actor = actor_by_mention(text, "South Korea's Democratic Party")
    assert actor.sector == "PTY"
    assert actor.rule == RULE


def test_multiword_country_possessor() -> None:
    text = "El Salvador's Congress approved the emergency decree on Sunday."
    actor = actor_by_mention(text, "El Salvador's Congress")
    assert actor.country == "SLV"
    assert actor.rule == RULE


def test_bare_and_own_country_congress_unchanged() -> None:
    text = "Congress condemned the missile launch on Monday."
    assert actor_by_mention(text, "Congress").country == "USA"
    text = "America's Congress condemned the missile launch on Monday."
    actor = actor_by_mention(text, "America's Congress")
    assert actor.country == "USA"
    assert actor.rule != RULE


def test_press_and_alliance_after_possessive_unchanged() -> None:
    text = "Egypt's Al Jazeera office was closed by the authorities on Monday."
    assert actor_by_mention(text, "Al Jazeera").country == "QAT"
    _, _, target, _ = named_event(
        "Russia warned Ukraine's NATO allies against sending more tanks.", "warned")
    assert all(country != "UKR" or "NATO" not in name for name, country in target)


def test_city_possessive_unchanged() -> None:
    text = "Lima's Congress building was surrounded by protesters on Monday."
    assert all(a.rule != RULE for a in _actors(text))


def _actors(text: str) -> list:
    from tests.event_records import record_of
    return list(record_of(text).actors)
