"""Wave 66, ev66a: a passive act a clause of "until" or "before" still waits for is future.

- events.modality.pending-passive.v1: a present passive under "until"/"before"/"once" ("will
  not stop until the capital is taken") or a passive gerund "before being ..." under a verb told
  with "will" or a modal names an act that has not happened: future, not asserted.
- Near misses: a past head ("fought until the town was taken", "were held before being freed"),
  a perfect passive ("until it has been signed") and a plain passive main clause stay as they
  were.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger, record_dict

RULE = "events.modality.pending-passive.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict


@pytest.mark.parametrize(("text", "trigger"), [
    ("The militia vowed it will not stop until the regime in Damascus is destroyed.",
     "destroyed"),
    ("The rebels will keep fighting until the junta's leaders are arrested.", "arrested"),
])
def test_awaited_passive_is_future(record: Any, text: str, trigger: str) -> None:
    events = events_with_trigger(record(text), trigger)
    assert events, text
    assert all(e["modality"] == "future" for e in events)
    assert all(RULE in e["rule"] for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels fought on until their leaders were arrested by the army.", "arrested"),
    ("Police arrested the two activists in Lagos on Monday.", "arrested"),
    ("The army will keep fighting until the rebel leaders have been arrested.", "arrested"),
])
def test_done_or_perfect_passive_untouched(record: Any, text: str, trigger: str) -> None:
    for event in events_with_trigger(record(text), trigger):
        assert event["modality"] != "future" or RULE not in event["rule"]
        assert RULE not in event["rule"]


def test_past_gerund_untouched(record: Any) -> None:
    text = "The protesters were beaten by police in Harare before being detained."
    for event in events_with_trigger(record(text), "detained"):
        assert RULE not in event["rule"]
        assert event["modality"] == "asserted"


AHEAD = "events.modality.obligation-ahead.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The European Union will have to impose sanctions on Russia.", "impose"),
    ("The minister said the new mayor is going to have to work with the opposition.", "work"),
])
def test_obligation_ahead_is_hypothetical(record: Any, text: str, trigger: str) -> None:
    events = events_with_trigger(record(text), trigger)
    assert events, text
    assert all(e["modality"] == "hypothetical" for e in events)
    assert all(AHEAD in e["rule"] for e in events)


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The army had to withdraw from the town.", "withdraw", "asserted"),
    ("The army will not have to withdraw from the town.", "withdraw", "negated"),
])
def test_past_or_denied_obligation_untouched(record: Any, text: str, trigger: str,
                                            modality: str) -> None:
    events = events_with_trigger(record(text), trigger)
    assert events, text
    assert all(e["modality"] == modality for e in events)
    assert all(AHEAD not in e["rule"] for e in events)
