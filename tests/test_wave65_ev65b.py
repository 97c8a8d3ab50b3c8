"""Wave 65, ev65b: a protesting crowd's demands are its protest (PLOVER), not a REQUEST.

- events.request.protest-demand-fold.v1: a demand clause of a protest verb ("marched ...,
  demanding ...") is not made a second event beside the PROTEST (the explain output names it).
- events.request.crowd-demand-protest.v1: protesters as the ones demanding ("the marchers
  called for ...", "protesters demanding his exit") make a PROTEST, not a REQUEST.
- Near misses: a government or a named group that asks in writing keeps its REQUEST.
"""

from __future__ import annotations

from tests.event_records import explain_outcome, party_events

FOLD = "events.request.protest-demand-fold.v1"
RETYPE = "events.request.crowd-demand-protest.v1"


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(e[1], e[0], e[4]) for e in party_events(text)]


def test_demand_clause_of_a_march_is_folded() -> None:
    text = "Hundreds of nurses marched through the capital on Tuesday, demanding better wages."
    found = _types(text)
    assert not any(kind == "REQUEST" for _, kind, _ in found)
    assert any(trigger == "marched" and kind == "PROTEST" for trigger, kind, _ in found)
    assert FOLD in explain_outcome(text, "demanding")


def test_protesters_calling_for_release_are_a_protest() -> None:
    found = _types("The demonstrators called for the release of the jailed editor.")
    assert [(t, k) for t, k, _ in found if t == "called"] == [("called", "PROTEST")]
    assert RETYPE in next(r for t, _, r in found if t == "called")


def test_participle_protesters_demanding_are_a_protest() -> None:
    found = _types("Riot police clashed with protesters demanding the mayor's resignation.")
    assert ("demanding", "PROTEST") in [(t, k) for t, k, _ in found]


def test_government_demand_stays_request() -> None:
    found = _types("The foreign ministry demanded that the embassy hand over the suspects.")
    assert ("demanded", "REQUEST") in [(t, k) for t, k, _ in found]


def test_activists_urging_stays_request() -> None:
    found = _types("Rights activists urged the Kenyan government to free the jailed journalist.")
    assert ("urged", "REQUEST") in [(t, k) for t, k, _ in found]
