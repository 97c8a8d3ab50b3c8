"""Wave 35 (round 22: a clock time read before the day its clause names took the day the
narrative was at: "the 5 p.m. curfew would start tomorrow" was dated today at 5 p.m.).

- ``times.clock-clause-day.v1``: a clock time with no day in its own words takes the day that a
  later time of its own clause names.

Sentences are our own, not the stories'. The document date is Thursday 2023-06-15."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

RULE = "times.clock-clause-day.v1"


def test_a_clock_time_takes_the_later_day_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The interior ministry announced that a 9 p.m. curfew for Kenya would take "
                     "effect tomorrow.")
    assert _on(record, "curfew").date.value == "2023-06-16T21:00"
    assert any(t.rule == RULE for t in record.times)


def test_a_clock_time_with_its_own_day_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police arrested 40 protesters in Nairobi at 6 p.m. on Monday.")
    assert _on(record, "arrested").date.value == "2023-06-12T18:00"
    assert all(t.rule != RULE for t in record.times)


def test_a_day_of_another_clause_is_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Troops opened fire at 5 p.m., and the army said tomorrow it would "
                     "investigate.")
    assert all(t.rule != RULE for t in record.times)
