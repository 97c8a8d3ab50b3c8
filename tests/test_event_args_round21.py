"""Round 21 (judged round 17, a party the sentence names left empty): the person or body of
the source's own country that owns what the act aims at ("demanded the premier's
resignation") is its target (``events.args.domestic-owner.v1``), unless it is the country
itself or a body of the sources' own sector."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

DOMESTIC_OWNER = "events.args.domestic-owner.v1"


def _on(record: Record, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def test_demanded_resignation_targets_the_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Opposition lawmakers in Kenya demanded President William Ruto's "
                     "resignation on Monday.")
    event = _on(record, "demanded")
    assert _names(record, event.target) == ["William Ruto"]
    assert DOMESTIC_OWNER in event.rule


def test_called_for_resignation_targets_the_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of protesters in Kenya called for President William Ruto's "
                     "resignation on Tuesday.")
    event = _on(record, "called")
    assert _names(record, event.target) == ["William Ruto"]


def test_called_for_resignation_abroad(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Protesters in Serbia called for Prime Minister Ana Brnabic's resignation "
                     "on Tuesday.")
    event = _on(record, "called")
    assert _names(record, event.target) == ["Ana Brnabic"]


def test_own_country_owner_stays_empty(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Kenyan government defended the country's borders on Monday.")
    for event in record.events:
        assert not event.target, (event.type, _names(record, event.target))


def test_own_sector_owner_stays_empty(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenyan President William Ruto praised his government's work on Monday.")
    for event in record.events:
        assert DOMESTIC_OWNER not in event.rule


def test_owner_of_a_named_party_is_not_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya's high court said on Monday that the authorities have told its "
                     "chief registrar to resign.")
    for event in record.events:
        assert DOMESTIC_OWNER not in event.rule


def test_compound_name_is_not_a_domestic_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Human rights groups in the United States criticized the Biden "
                     "administration on Monday for its asylum policy.")
    for event in record.events:
        assert DOMESTIC_OWNER not in event.rule
