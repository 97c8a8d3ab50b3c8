"""Issue 11, round 7: dates of background events and the right parties (ev7b).

Dates: a background event (pluperfect, "already", "previously", "in the past") whose only date
would be the document date has none; an event told in a dated report takes the report's date; a
time bounding a noun ("the first such exchange since 1973") or a span ("until April 2009") does
not date the clause; a verb after a quote's closing mark goes on with the sayer's clause, its
time and subject. Parties: "called for X to do" asks X; the topic of a discussion is no party;
"Kremlin-owned" names no party but gives the owned actor its country."""

from __future__ import annotations

from tests.event_records import DATE
from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

# --- dates of background events ------------------------------------------------------------------


def test_pluperfect_event_takes_no_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # (no "More recently": that is an earlier series, events.date.earlier-series.v2, round 14)
    record = _record("The government had arrested dozens of opposition activists.")
    event = _event(record, "COERCE", "arrested")
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.background.v2" in event.rule


def test_previously_marks_background(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Previously, Russia accused Ukraine of shelling the plant.")
    event = _event(record, "ACCUSE", "accused")
    assert event.date.value is None and event.date.basis == "unknown"


def test_background_keeps_an_explicit_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The army had arrested the opposition leader on Monday.")
    event = _event(record, "COERCE", "arrested")
    assert (event.date.value, event.date.basis) == ("2023-06-12", "explicit")


def test_news_event_keeps_the_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The army arrested the opposition leader.")
    event = _event(record, "COERCE", "arrested")
    assert (event.date.value, event.date.basis) == (DATE, "document_date")


def test_bound_on_a_noun_is_not_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Iran and Egypt have resumed diplomatic relations, the first such exchange "
                     "since 1973.")
    event = _event(record, "SUPPORT", "resumed")
    assert event.date.value == DATE


def test_since_on_the_verb_still_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police have detained the journalist since Monday.")
    event = _event(record, "COERCE", "detained")
    assert (event.date.value, event.date.basis) == ("2023-06-12", "explicit")


def test_verb_after_a_closing_quote_goes_on_with_the_sayer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Federal Reserve kept rates on hold. Last Friday, Jim Cramer went on a "
                     "tirade on television, saying that the \"Fed was asleep\" and called for "
                     "them to lower rates immediately.")
    event = _event(record, "REQUEST", "called")
    assert _names(record, event.source) == ["Jim Cramer"]
    assert event.date.value == "2023-06-09"


def test_event_in_a_dated_report_takes_the_report_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Honduras has sent a delegation to Costa Rica to discuss the crisis in "
                     "Nicaragua, President Otto Perez Molina announced Monday.")
    event = _event(record, "CONSULT", "sent")
    assert (event.date.value, event.date.basis) == ("2023-06-12", "narrative")
    assert "events.date.report-time.v1" in event.rule


def test_future_event_in_a_dated_report_has_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The ministry said on Tuesday that the army will arrest the opposition "
                     "leader.")
    event = _event(record, "COERCE", "arrest")
    assert event.date.value is None


# --- parties -------------------------------------------------------------------------------------


def test_call_for_x_to_act_targets_x(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Jim Cramer called for the Federal Reserve to lower interest rates.")
    event = _event(record, "REQUEST", "called")
    assert _names(record, event.target) == ["Federal Reserve"]
    assert "events.args.for-clause.v1" in event.rule


def test_topic_of_a_discussion_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The United States sent a delegation to Costa Rica to discuss the crisis "
                     "in Nicaragua.")
    consults = [e for e in record.events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert _countries(record, consults[0].target) == {"CRI"}


def test_owner_named_in_a_modifier_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    # a company no list knows (the company list of round 14 names United Aircraft itself)
    record = _record("The Russian government signed a deal with Kremlin-owned Volga Airframes "
                     "on Tuesday.")
    event = _event(record, "SUPPORT", "signed")
    assert _names(record, event.target) == ["Volga Airframes"]
    assert _countries(record, event.target) == {"RUS"}  # the owner's country, not a party

