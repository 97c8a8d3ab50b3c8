"""Wave 32 (ev32a): a place word inside a body's name or before a person noun is not the
state (round 21 judged the source wrong: "the ... Football Association said").

- ``actors.organization.country-prefix-civil.v1``: "the <country> <...> Association /
  Federation / Club / Order" is that body, coded with the country but no state sector.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

CIVIL_BODY = "actors.organization.country-prefix-civil.v1"


def _source(text: str, trigger: str):  # type: ignore[no-untyped-def]
    record = _record(text)
    event = _on(record, trigger)
    actors = {a.id: a for a in record.actors}
    return record, [actors[i] for i in event.source]


def test_a_named_federation_is_the_source_not_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    _, sources = _source("The Malawi Netball Federation accused Zambia of cheating.",
                              "accused")
    assert [a.name for a in sources] == ["Malawi Netball Federation"]
    assert sources[0].kind == "organization" and sources[0].country == "MWI"
    assert sources[0].sector != "GOV" and sources[0].rule == CIVIL_BODY


def test_a_state_board_keeps_its_state_sector(nlp) -> None:  # type: ignore[no-untyped-def]
    _, sources = _source("The Malawi Revenue Authority accused Zambia of smuggling.",
                              "accused")
    assert sources[0].sector == "GOV" and sources[0].rule != CIVIL_BODY

