"""Wave 76, ev76d: a group whose own noun a possessive says is a coded party's takes its country.

- events.args.possessor-group-country.v3 (v1 before wave 103, v2 before session 117): "Kenya
  said two of its citizens had been killed" in a story set in another country: "its" is linked
  to Kenya, and the citizens are KEN (the head noun is one of
  ``actor_rules.possessor_group_heads``). It also reads parties that argument rules add after
  ``carry_countries`` ("clashes between his supporters and protesters"). "his critics", "his
  captors" and a possessive of no coded party change nothing.
"""

from __future__ import annotations

from tests.event_records import named_events

RULE = "events.args.possessor-group-country.v3"

MOZAMBIQUE = ("MAPUTO — Gunmen attacked a hotel in northern Mozambique on Friday, police in "
              "Mozambique said. ")


def _event(text: str, trigger: str) -> tuple[list[tuple[str, str | None]],
                                             list[tuple[str, str | None]], str]:
    found = [(source, target, rule) for _, word, source, target, rule in named_events(text)
             if word == trigger]
    assert found, named_events(text)
    return found[0]


def test_its_citizens_take_the_owner_country() -> None:
    text = MOZAMBIQUE + "The Kenyan government said that two of its citizens had been killed."
    _, target, rule = _event(text, "killed")
    assert ("its citizens", "KEN") in target
    assert RULE in rule


def test_his_supporters_take_the_person_country() -> None:
    text = ("COLOMBO — Sri Lanka's former prime minister Mahinda Rajapaksa resigned in May after "
            "clashes between his supporters and protesters left several people dead.")
    source, _, rule = _event(text, "clashes")
    assert ("his supporters", "LKA") in source
    assert RULE in rule


def test_critics_are_not_the_owner_people() -> None:
    """"his critics": set against him, so not read as his country's."""
    text = "KIEV — Police in Kiev on Monday arrested his critics, the interior ministry said."
    _, target, rule = _event(text, "arrested")
    assert RULE not in rule
    assert all(country is None or name != "critics" for name, country in target)


def test_no_possessive_no_change() -> None:
    """A bare group keeps what it had: the rule is not named."""
    text = MOZAMBIQUE + "Several citizens had been killed in the attack, officials said."
    for *_, rule in named_events(text):
        assert RULE not in rule
