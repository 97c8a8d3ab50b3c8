"""Records rebuilt from the tables: ``Store.record(id)`` gives back the record that was stored,
record/2 fields included (places, threads and warnings are kept as JSON)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from dateline.record import (
    Actor,
    Event,
    EventDate,
    EventLocation,
    PipelineInfo,
    Quote,
    Record,
    Removed,
    Source,
    Span,
    Speaker,
    Time,
    _place_from,
    _thread_from,
)
from dateline.store import schema
from dateline.store.read import chunks


def stored_record(conn: Connection, article_id: str) -> Record | None:
    """The record of one stored article, as it was ingested."""
    a = schema.articles
    row = conn.execute(select(a).where(a.c.id == article_id)).first()
    if row is None:
        return None
    info = PipelineInfo(row.pipeline_dateline, row.pipeline_model, row.pipeline_rules,
                        row.pipeline_min_confidence)
    return Record(
        id=row.id,
        source=Source(row.source_id, row.path, row.url, row.title, row.publisher),
        published=row.published, document_date=row.document_date,
        document_date_source=row.document_date_source, text=row.text,
        removed=[Removed(**item) for item in json.loads(row.removed)],
        actors=_record_actors(conn, row.pk), times=_record_times(conn, row.pk),
        quotes=_record_quotes(conn, row.pk), events=_record_events(conn, row.pk),
        pipeline=info if row.pipeline_rules is not None else None,
        warnings=list(_loads(row.warnings)),
        places=[_place_from(p) for p in _loads(row.places)],
        threads=[_thread_from(t) for t in _loads(row.threads)],
    )


def _loads(raw: str | None) -> list[Any]:
    """A JSON list column (NULL in rows stored before the column existed)."""
    return list(json.loads(raw)) if raw else []


def _natural(local_id: str) -> tuple[str, int]:
    head = local_id.rstrip("0123456789")
    tail = local_id[len(head):]
    return head, int(tail) if tail else -1


def _record_actors(conn: Connection, pk: int) -> list[Actor]:
    aa, m = schema.article_actors, schema.mentions
    spans: dict[str, list[Span]] = defaultdict(list)
    for row in conn.execute(select(m).where(m.c.article_pk == pk).order_by(m.c.id)):
        spans[row.local_id].append(Span(row.start_char, row.end_char, row.text))
    rows = conn.execute(select(aa).where(aa.c.article_pk == pk)).all()
    return [
        Actor(row.local_id, row.name, row.kind, row.country, row.sector, row.role,
              spans[row.local_id], row.rule, aliases=list(_loads(row.aliases)),
              affiliation=row.affiliation, source=row.source)
        for row in sorted(rows, key=lambda r: _natural(r.local_id))
    ]


def _record_times(conn: Connection, pk: int) -> list[Time]:
    t = schema.times
    rows = conn.execute(select(t).where(t.c.article_pk == pk)).all()
    return [
        Time(row.local_id, row.start_char, row.end_char, row.text, row.type, row.value,
             row.mod, row.rule, date_start=row.date_start, date_end=row.date_end,
             precision=row.date_precision)
        for row in sorted(rows, key=lambda r: _natural(r.local_id))
    ]


def _record_quotes(conn: Connection, pk: int) -> list[Quote]:
    q = schema.quotes
    out = []
    for row in conn.execute(select(q).where(q.c.article_pk == pk).order_by(q.c.id)):
        speaker = None if row.speaker_text is None else Speaker(
            row.speaker_start, row.speaker_end, row.speaker_text, row.speaker_local)
        cue = None if row.cue_text is None else Span(row.cue_start, row.cue_end, row.cue_text)
        content = Span(row.content_start, row.content_end, row.content_text)
        parts = [Span.from_json(p) for p in _loads(row.parts)]
        out.append(Quote(row.local_id, row.kind, speaker, cue, content, row.time_local,
                         row.rule, cue_class=row.cue_class or "speech", parts=parts))
    return out


def _record_events(conn: Connection, pk: int) -> list[Event]:
    e, em, ea = schema.events, schema.event_mentions, schema.event_actors
    rows = conn.execute(select(e).where(e.c.article_pk == pk).order_by(e.c.id)).all()
    ids = [row.id for row in rows]
    spans: dict[int, list[Span]] = defaultdict(list)
    parties: dict[tuple[int, str], list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for m in conn.execute(select(em).where(em.c.event_id.in_(chunk)).order_by(
                em.c.event_id, em.c.seq)):
            spans[m.event_id].append(Span(m.start_char, m.end_char, m.text))
        for p in conn.execute(select(ea).where(ea.c.event_id.in_(chunk)).order_by(
                ea.c.event_id, ea.c.role, ea.c.seq)):
            parties[(p.event_id, p.role)].append(p.local_id)
    return [_record_event(row, spans[row.id], parties) for row in rows]


def _record_event(row: Any, spans: list[Span], parties: dict[tuple[int, str], list[str]]
                  ) -> Event:
    return Event(
        id=row.local_id, type=row.type, mode=row.mode, cameo=row.cameo,
        source=parties[(row.id, "source")], target=parties[(row.id, "target")],
        date=EventDate(row.date_value, row.date_time_local, row.date_basis,
                       start=row.date_start, end=row.date_end, precision=row.date_precision),
        location=EventLocation(row.location_place, row.location_basis)
        if row.location_place else None,
        modality=row.modality, reported_by=row.reported_by_local,
        trigger=Span(row.trigger_start, row.trigger_end, row.trigger_text),
        sentence=Span(row.sentence_start, row.sentence_end, row.sentence_text),
        rule=row.rule, confidence=row.confidence, mentions=spans,
    )
