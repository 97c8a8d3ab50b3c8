"""Wave 48, ev48d: a happening told inside an object phrase ("a complex that was shuttered
after a mine attack killed two policemen") is another event; the parties it names are no
target of the act on the phrase (events.args.nested-happening.v1, module
``event_nested_happenings``). Near misses: a relative clause of the thing ("a deal that would
move gas to Israel"), a condition ("unless the government agreed") and an infinitive with a
subject ("calling for Kabila to intervene") keep their targets.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

NESTED = "events.args.nested-happening.v1"


def test_after_clause_in_object_is_no_target(nlp: Any) -> None:
    text = ("President Kim ordered the re-opening of an industrial complex that was shuttered "
            "after a mine attack killed two South Korean policemen.")
    kind, source, target, rule = named_event(text, "ordered")
    assert (kind, source, target) == ("REQUEST", [("Kim", None)], [])
    assert NESTED in rule.split("+")


def test_when_clause_in_object_is_no_target(nlp: Any) -> None:
    text = ("Egypt ordered the re-opening of a crossing that was closed after Israeli troops "
            "raided Gaza.")
    kind, source, target, rule = named_event(text, "ordered")
    assert (kind, source, target) == ("REQUEST", [("Egypt", "EGY")], [])
    assert NESTED in rule.split("+")


def test_happening_keeps_its_own_parties(nlp: Any) -> None:
    text = ("Egypt ordered the re-opening of a crossing that was closed after Israeli troops "
            "raided Gaza.")
    kind, source, target, _ = named_event(text, "raided")
    assert (kind, source, target) == ("COERCE", [("Israeli troops", "ISR")],
                                      [("Palestine", "PSE")])


def test_relative_clause_of_thing_keeps_target(nlp: Any) -> None:
    kind, _, target, rule = named_event("Egypt signed a deal that would move gas to Israel.",
                                        "signed")
    assert (kind, target) == ("SUPPORT", [("Israel", "ISR")])
    assert NESTED not in rule.split("+")


def test_condition_keeps_target(nlp: Any) -> None:
    text = "The rebels vowed to end the siege unless the Kenyan government agreed to talks."
    kind, _, target, rule = named_event(text, "vowed")
    assert (kind, target) == ("CONCEDE", [("Kenyan government", "KEN")])
    assert NESTED not in rule.split("+")


def test_infinitive_with_subject_keeps_target(nlp: Any) -> None:
    text = ("Protesters took to the streets of Goma calling for Congolese President Joseph "
            "Kabila to intervene.")
    kind, _, target, rule = named_event(text, "took")
    assert (kind, target) == ("PROTEST", [("Joseph Kabila", "COD")])
    assert NESTED not in rule.split("+")
