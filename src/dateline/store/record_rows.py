"""How a record maps onto the store's tables: the checks a record must pass before it is
stored, and the rows of its article, times, quotes and events (with their dates' intervals and
their places' geo columns).

Apart from ``schema.py``, which defines the tables only; both the row-by-row writer
(``writer.py``) and the bulk loader (``bulk.py``) build their rows here.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from dateline.intervals import interval
from dateline.record import Event, PipelineInfo, Record
from dateline.store.identity import date_key, date_sort
from dateline.store.schema import geo_vector


def check_record(record: Record) -> None:
    """Refuse a record whose references dangle or whose spans fall outside its text."""
    actor_ids = {a.id for a in record.actors}
    time_ids = {t.id for t in record.times}
    if len(actor_ids) != len(record.actors):
        raise ValueError("actor ids are not unique")
    for ev in record.events:
        _known(ev.id, [*ev.source, *ev.target, ev.reported_by], actor_ids, "actor")
        _known(ev.id, [ev.date.time], time_ids, "time")
    for quote in record.quotes:
        _known(quote.id, [quote.speaker.actor if quote.speaker else None], actor_ids, "actor")
        _known(quote.id, [quote.time], time_ids, "time")
    fields = [record.text, *vars(record.source).values()]
    if any(isinstance(value, str) and "\x00" in value for value in fields):
        raise ValueError("the text or source holds a NUL character, which stores cannot keep")
    size = len(record.text)
    for span in record.spans():
        if not 0 <= span.start <= span.end <= size:
            raise ValueError(f"span {span.start}-{span.end} lies outside the text ({size} chars)")


def _known(owner: str, refs: list[str | None], known: set[str], what: str) -> None:
    for ref in refs:
        if ref is not None and ref not in known:
            raise ValueError(f"{owner} refers to unknown {what} {ref!r}")


#: What made an article's stored record: its rules version and the confidence under which its
#: events were withheld. A record made otherwise is what ``--reprocess`` replaces.
Maker = tuple[str | None, float | None]


def maker_of(info: PipelineInfo | None) -> Maker:
    return (info.rules, info.min_confidence) if info else (None, None)


def article_row(record: Record, ingested_at: str) -> dict[str, Any]:
    src, info = record.source, record.pipeline
    return {
        "id": record.id, "source_id": src.id, "path": src.path, "url": src.url,
        "title": src.title, "publisher": src.publisher, "published": record.published,
        "document_date": record.document_date,
        "document_date_source": record.document_date_source, "text": record.text,
        "removed": json.dumps([asdict(r) for r in record.removed], ensure_ascii=False),
        "pipeline_dateline": info.dateline if info else None,
        "pipeline_model": info.model if info else None,
        "pipeline_rules": info.rules if info else None, "ingested_at": ingested_at,
        "pipeline_min_confidence": info.min_confidence if info else None,
        "warnings": _json(record.warnings),
        "places": _json([asdict(p) for p in record.places]),
        "threads": _json([asdict(t) for t in record.threads]),
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def interval_columns(value: str | None) -> dict[str, str | None]:
    """``date_start``, ``date_end`` and ``date_precision`` of a TIMEX3 value (or ISO date)."""
    found = interval(value)
    if found is None:
        return {"date_start": None, "date_end": None, "date_precision": None}
    return {"date_start": found.start, "date_end": found.end,
            "date_precision": found.precision}


def time_rows(pk: int, record: Record) -> list[dict[str, Any]]:
    return [
        {"article_pk": pk, "local_id": t.id, "start_char": t.start, "end_char": t.end,
         "text": t.text, "type": t.type, "value": t.value, "mod": t.mod, "rule": t.rule,
         "date_start": t.date_start, "date_end": t.date_end, "date_precision": t.precision}
        for t in record.times
    ]


def quote_rows(pk: int, record: Record, actor_ids: dict[str, int]) -> list[dict[str, Any]]:
    values = {t.id: t.value for t in record.times}
    out = []
    for q in record.quotes:
        when = values.get(q.time or "") or record.document_date
        sp, cue = q.speaker, q.cue
        out.append({
            "article_pk": pk, "local_id": q.id, "kind": q.kind,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None,
            "speaker_text": sp.text if sp else None, "speaker_local": sp.actor if sp else None,
            "speaker_actor_id": actor_ids.get(sp.actor or "") if sp else None,
            "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
            "cue_text": cue.text if cue else None, "content_start": q.content.start,
            "content_end": q.content.end, "content_text": q.content.text,
            "time_local": q.time, "date_value": when, "date_sort": date_sort(when),
            "rule": q.rule, "cue_class": q.cue_class,
            "parts": _json([asdict(p) for p in q.parts]), **interval_columns(when),
        })
    return out


def event_row(pk: int, record: Record, ev: Event, actor_ids: dict[str, int],
              merged_id: int) -> dict[str, Any]:
    key, _ = date_key(ev.date.value)
    newline = record.text.find("\n")
    first_paragraph = newline if newline >= 0 else len(record.text)
    return {
        "article_pk": pk, "local_id": ev.id, "type": ev.type, "mode": ev.mode, "cameo": ev.cameo,
        "date_value": ev.date.value, "date_time_local": ev.date.time,
        "date_basis": ev.date.basis, "date_key": key,
        "date_sort": date_sort(ev.date.value) or date_sort(record.document_date),
        "modality": ev.modality, "reported_by_local": ev.reported_by,
        "reported_by_actor_id": actor_ids.get(ev.reported_by or ""),
        "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        "trigger_text": ev.trigger.text, "sentence_start": ev.sentence.start,
        "sentence_end": ev.sentence.end, "sentence_text": ev.sentence.text, "rule": ev.rule,
        "confidence": float(ev.confidence), "n_mentions": max(1, len(ev.mentions)),
        "is_root": int(ev.sentence.start <= first_paragraph), "merged_id": merged_id,
        "date_start": ev.date.start, "date_end": ev.date.end,
        "date_precision": ev.date.precision, **location_row(record, ev),
    }


def location_row(record: Record, ev: Event) -> dict[str, Any]:
    """The event's location and the place it names (geo columns stay empty without one)."""
    loc = ev.location
    place = next((p for p in record.places if loc and p.id == loc.place), None)
    return {
        "location_place": loc.place if loc else None, "location_basis": loc.basis if loc else None,
        "geo_name": place.name if place else None, "geo_feature": place.feature if place else None,
        "geo_country": place.country if place else None,
        "geo_admin1": place.admin1 if place else None, "geo_lat": place.lat if place else None,
        "geo_lon": place.lon if place else None,
        "geo_id": place.gazetteer_id if place else None,
        **geo_vector(place.lat if place else None, place.lon if place else None),
    }
