"""Wave 45, ev45a: an act an observer tells of stands with no source
(events.args.observed-act.v2, module ``event_observed_acts``).

"rights groups reported the arrest of X": the reporter did not arrest, and the text names no
one who did; an arrest, attack, protest or sanction then stands with an empty source, as an
agentless passive does, keeping its target and date. Near misses: a verb of fearing or
preventing ("feared protests", "foiled an attack": nothing happened), of looking back or
labelling ("described the killing as": the verb's date is not the act's), a rally a speaker
addresses, a kind that needs a doer ("described the talks"), and a verb of doing ("launched an
attack") whose subject stays the source.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_events, record_of, trigger_event

RULE = "events.args.observed-act.v2"


def _triggers(text: str) -> list[str]:
    return [e[1] for e in named_events(text)]


def test_reported_arrest_keeps_target_and_date(nlp: Any) -> None:
    text = "Rights groups reported the arrest of opposition leader Ahmed Musa on Monday."
    [(kind, trigger, source, target, rule)] = named_events(text)
    assert (kind, trigger, source, target) == ("COERCE", "arrest", [], [("Ahmed Musa", None)])
    assert rule == f"events.coerce.arrest-noun.v1+{RULE}"
    event = trigger_event(record_of(text), "arrest")
    assert event.date is not None and event.date.value == "2023-06-12"


def test_reported_arrests_stand_without_source(nlp: Any) -> None:
    text = "The police reported over 100 arrests in Lagos on Monday."
    [(kind, trigger, source, target, rule)] = named_events(text)
    assert (kind, trigger, source, target) == ("COERCE", "arrests", [], [])
    assert RULE in rule.split("+")


def test_filmed_attack_keeps_its_own_party(nlp: Any) -> None:
    [(kind, _, source, target, _)] = named_events(
        "Witnesses filmed the police attack on protesters in Minsk.")
    assert (kind, source, target) == ("ASSAULT", [("police", "BLR")],
                                      [("Belarus protesters", "BLR")])


def test_feared_protests_are_no_event(nlp: Any) -> None:
    assert "protests" not in _triggers("The government feared protests against the new tax.")


def test_foiled_attack_is_no_event(nlp: Any) -> None:
    assert "attack" not in _triggers("Kenyan soldiers foiled an attack on the embassy in Nairobi.")


def test_addressed_rally_is_still_no_event(nlp: Any) -> None:
    assert "rally" not in _triggers("Romney told an energetic rally in Michigan that he would win.")


def test_described_talks_need_a_doer(nlp: Any) -> None:
    assert "talks" not in _triggers("The minister described the talks with Iran as useful.")


def test_described_killing_is_told_after_it(nlp: Any) -> None:
    text = "The prime minister on Monday described the killing as cold-blooded terrorism."
    assert "killing" not in _triggers(text)


def test_launched_attack_keeps_its_subject(nlp: Any) -> None:
    [(kind, _, source, _, rule)] = [
        e for e in named_events("Russian troops launched an attack on Kharkiv on Monday.")
        if e[1] in {"launched", "attack"}]
    assert kind == "ASSAULT" and [name for name, _ in source] == ["Russian troops"]
    assert RULE not in rule.split("+")
