"""Wave 60, ev60d: a news outlet or monitor that only tells the story is no antecedent of the
pronoun or description an act is done to (actors.pronoun.teller-skipped.v1 in coreference; the
event names events.args.teller-antecedent.v1 and has no target rather than the outlet).

- Positives: "them" in what was told to an agency, "it" after an agency credited in
  parentheses: the act has no target instead of the agency.
- Near misses: an agency speaking of its own act ("TASS said it had asked"), a news outlet
  that is itself what the act is done to, a subject "they" after "Reuters reported" (left to
  events.args.reporter-source.v2).
"""

from __future__ import annotations

from typing import Any

from tests.event_records import event_dicts

RULE = "events.args.teller-antecedent.v1"


def _events(text: str) -> list[dict[str, Any]]:
    return event_dicts(text)


def _by_trigger(text: str) -> dict[str, dict[str, Any]]:
    return {e["trigger"]: e for e in _events(text)}


def test_agency_told_is_not_the_arrested() -> None:
    text = "A teacher told Agence France-Presse on Sunday that the police detained them at dawn."
    event = _by_trigger(text)["detained"]
    assert not any("France-Presse" in t for t in event["target"])
    assert RULE in event["rule"]


def test_credit_line_agency_is_not_what_is_signed() -> None:
    text = "(BBC Monitoring) -- The two ministers met in Oslo on Monday. The Norwegian " \
           "government has promised to ratify it before the winter."
    for event in _events(text):
        assert not any("BBC" in t for t in event["target"])


def test_agency_speaking_of_its_own_request_keeps_it() -> None:
    text = "TASS said it had asked Kyiv to hand over the detained reporters."
    event = _by_trigger(text)["asked"]
    assert event["source"] == ["TASS"]
    assert RULE not in event["rule"]


def test_outlet_as_what_is_acted_on_keeps_it() -> None:
    text = "Police raided the offices of Al Jazeera on Monday and later shut it down."
    for event in _events(text):
        assert RULE not in event["rule"]


def test_subject_after_agency_report_unchanged() -> None:
    text = "Insurgents overran the garrison on Tuesday, Reuters reported. They seized twenty " \
           "trucks and burned the depot."
    event = _by_trigger(text)["seized"]
    assert "Reuters" not in event["source"]
    assert RULE not in event["rule"]
