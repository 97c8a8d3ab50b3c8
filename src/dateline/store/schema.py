"""The store's tables, in SQLAlchemy Core: the same definitions serve SQLite and PostgreSQL.

Integer surrogate keys join the tables; an article's public id is its content hash
(``Record.id``). Local ids (``a1``, ``e1``, ...) are kept beside canonical ids so every stored
item can be traced back to the record and the characters it came from.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from dateline.geo import unit_vector
from dateline.intervals import interval
from dateline.record import Actor, Event, Record

metadata = MetaData()


def date_columns() -> list[Column[Any]]:
    """The calendar interval of a date (0003_record2): first and last day, and precision."""
    return [Column("date_start", String(10)), Column("date_end", String(10)),
            Column("date_precision", String(10))]


def location_columns() -> list[Column[Any]]:
    """Where an event happened (0003_record2): the place's local id, how it was tied to the
    event, and the place itself for the geo columns of exports."""
    return [Column("location_place", String(40)), Column("location_basis", String(20)),
            Column("geo_name", Text), Column("geo_feature", String(40)),
            Column("geo_country", String(20)), Column("geo_admin1", Text),
            Column("geo_lat", Float), Column("geo_lon", Float), Column("geo_id", String(80)),
            *geo_vector_columns()]


#: The columns of ``geo_vector_columns``, added by 0008_event_geo_vectors.
GEO_VECTOR = ("geo_x", "geo_y", "geo_z")


def geo_vector_columns() -> list[Column[Any]]:
    """The event's place as a unit vector (0008_event_geo_vectors), for ``near`` queries."""
    return [Column(name, Float) for name in GEO_VECTOR]


def geo_vector(lat: float | None, lon: float | None) -> dict[str, float | None]:
    """``geo_x``/``geo_y``/``geo_z`` of a position (all None without one)."""
    if lat is None or lon is None or math.isnan(lat) or math.isnan(lon):
        return dict.fromkeys(GEO_VECTOR)
    return dict(zip(GEO_VECTOR, unit_vector(lat, lon), strict=True))


#: Named migrations already applied; written by ``dateline.store.migrations``.
migrations_table = Table(
    "dateline_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

#: Marks the database as a dateline store: ``format`` and ``schema_version`` (the number of
#: migrations applied). Read commands refuse a database without it (or without migrations).
store_marker = Table(
    "dateline_store",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

#: Tables that are bookkeeping, not data (left out of counts).
BOOKKEEPING = ("dateline_migrations", "dateline_store")

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(80), nullable=False, unique=True),
    Column("source_id", Text),
    Column("path", Text),
    Column("url", Text),
    Column("title", Text),
    Column("publisher", Text),
    Column("published", String(40)),
    Column("document_date", String(40)),
    Column("document_date_source", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("removed", Text, nullable=False),  # JSON list of {"kind", "text"}
    Column("pipeline_dateline", String(40)),
    Column("pipeline_model", String(200)),
    Column("pipeline_rules", String(200)),
    Column("ingested_at", String(40), nullable=False),
    # 0003_record2: JSON lists of the record's warnings, places and threads
    Column("warnings", Text),
    Column("places", Text),
    Column("threads", Text),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("country", String(20)),
    Column("sector", String(20)),
    Index("ix_actors_name_norm", "name_norm"),
    Index("ix_actors_country", "country"),
)

article_actors = Table(
    "article_actors",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("local_id", String(40), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("country", String(20)),
    Column("sector", String(20)),
    Column("role", Text),
    Column("rule", String(200)),
    Column("aliases", Text),  # 0003_record2: JSON list
    Column("affiliation", String(40)),
    Column("source", String(40)),
    Index("ix_article_actors_actor", "actor_id"),
    Index("ix_article_actors_name_norm", "name_norm"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False),
    Column("local_id", String(40), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_article", "article_pk"),
    Index("ix_mentions_actor", "actor_id"),
)

times = Table(
    "times",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("local_id", String(40), primary_key=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("value", String(80), nullable=False),
    Column("mod", String(20)),
    Column("rule", String(200)),
    *date_columns(),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False),
    Column("local_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_text", Text),
    Column("speaker_local", String(40)),
    Column("speaker_actor_id", Integer, ForeignKey("actors.id")),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("time_local", String(40)),
    Column("date_value", String(80)),
    Column("date_sort", String(10)),
    Column("rule", String(200)),
    Column("cue_class", String(20)),  # 0003_record2
    Column("parts", Text),  # 0003_record2: JSON list of spans
    *date_columns(),
    UniqueConstraint("article_pk", "local_id", name="uq_quotes_article_local"),
    Index("ix_quotes_speaker_date", "speaker_actor_id", "date_sort"),
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),
    Column("type", String(40), nullable=False),
    Column("source_key", Text, nullable=False),
    Column("target_key", Text, nullable=False),
    Column("source_names", Text, nullable=False),  # JSON list of canonical names
    Column("target_names", Text, nullable=False),
    Column("date_key", String(10)),
    Column("granularity", String(10)),
    Column("date_sort", String(10)),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Index("ix_merged_events_type_date", "type", "date_sort"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False),
    Column("local_id", String(40), nullable=False),
    Column("type", String(40), nullable=False),
    Column("mode", String(80)),
    Column("cameo", String(20)),
    Column("date_value", String(80)),
    Column("date_time_local", String(40)),
    Column("date_basis", String(20), nullable=False),
    Column("date_key", String(10)),
    Column("date_sort", String(10)),
    Column("modality", String(20), nullable=False),
    Column("reported_by_local", String(40)),
    Column("reported_by_actor_id", Integer, ForeignKey("actors.id")),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("rule", String(200), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("is_root", Integer, nullable=False),
    Column("merged_id", Integer, ForeignKey("merged_events.id"), nullable=False),
    *date_columns(),
    *location_columns(),
    UniqueConstraint("article_pk", "local_id", name="uq_events_article_local"),
    Index("ix_events_type_date", "type", "date_sort"),
    Index("ix_events_date", "date_sort"),
    Index("ix_events_geo_lat", "geo_lat"),
    Index("ix_events_merged", "merged_id"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

#: Who an event's source and target are; ``date_sort`` is copied from the event so an actor's
#: timeline is one range scan of ``ix_event_actors_actor_date``.
event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("role", String(10), primary_key=True),  # "source" | "target"
    Column("seq", Integer, primary_key=True),
    Column("local_id", String(40), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("date_sort", String(10)),
    Index("ix_event_actors_actor_date", "actor_id", "date_sort", "event_id"),
    sqlite_with_rowid=False,  # the primary key is the clustered index: party look-ups by event
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(80), nullable=False, unique=True),
    Column("source_id", Text),
    Column("path", Text),
    Column("url", Text),
    Column("title", Text),
    Column("publisher", Text),
    Column("code", String(80), nullable=False),
    Column("message", Text, nullable=False),
    Column("failed_at", String(40), nullable=False),
)

#: Exchange threads across the stored articles (0009_threads): grown on ingest by
#: ``store/threads.py``. ``id`` is public and stable; ``parties`` and ``topics`` (JSON lists) and
#: ``last_seen`` decide whether a new article's thread continues this one; ``first_day``,
#: ``last_day``, counts and ``state_*`` summarise it for lists.
threads = Table(
    "threads",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("object", Text),
    Column("parties", Text, nullable=False),
    Column("topics", Text, nullable=False),
    Column("last_seen", String(10)),
    Column("first_day", String(10)),
    Column("last_day", String(10)),
    Column("n_steps", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("state_role", String(20)),
    Column("state_modality", String(20)),
)

#: One step of a stored thread, as its article's ``threads`` key has it (``step``: the JSON of
#: a record/2 thread step), with the in-article thread it came from (``local_thread``, ``seq``:
#: the article page's anchor ``{local_thread}-s{seq}``), its parties and topic, and the codes of
#: the acting and receiving sides.
thread_steps = Table(
    "thread_steps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("thread_pk", Integer, ForeignKey("threads.pk"), nullable=False),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False),
    Column("local_thread", String(40), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("role", String(20), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("day", String(10)),
    Column("published", String(40)),
    Column("step", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("unit_parties", Text, nullable=False),
    Column("unit_topics", Text, nullable=False),
    Index("ix_thread_steps_thread", "thread_pk"),
    Index("ix_thread_steps_article", "article_pk"),
)

#: Tables an article owns, children first (the order to delete them in).
ARTICLE_CHILDREN = (mentions, article_actors, times, quotes)


# -- how a record maps onto the tables ---------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MAX_KEY_NAME = 300


@dataclass(frozen=True)
class Canonical:
    """The cross-article identity of an actor: countries by code, IGOs by code, others by
    kind, code and normalised name."""

    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None


def normalise_name(name: str) -> str:
    words = name.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)[:_MAX_KEY_NAME]


def canonical(actor: Actor) -> Canonical:
    if actor.kind == "country" and actor.country:
        name = country_name(actor.country) or actor.name
        return Canonical(f"country:{actor.country}", name, actor.kind, actor.country, None)
    if actor.sector == "IGO" and actor.country:
        return Canonical(f"igo:{actor.country}", actor.name, actor.kind, actor.country, "IGO")
    key = f"{actor.kind}:{actor.country or '-'}:{normalise_name(actor.name)}"
    return Canonical(key, actor.name, actor.kind, actor.country, actor.sector)


@cache
def _country_names() -> dict[str, str]:
    from dateline.lexicons import load_data

    data = load_data("countries") or {}
    return {code: entry["names"][0] for code, entry in data.items() if entry.get("names")}


def country_name(code: str) -> str | None:
    return _country_names().get(code)


def date_key(value: str | None) -> tuple[str | None, str | None]:
    """A TIMEX3 value cut to its own precision, for merging events across articles:
    ("2022-01-26", "day"), ("2022-01", "month"), ("2022", "year"), ("2020-W02", "week"),
    ("2020-Q1", "quarter"). A week is never merged with its year."""
    found = interval(value)
    if found is None:
        return _date_key_by_pattern(value)
    cut = {"day": 10, "month": 7, "year": 4}.get(found.precision)
    if cut is not None:
        return found.start[:cut], found.precision
    return re.sub(r"-WE$", "", value or "")[:10], found.precision


def _date_key_by_pattern(value: str | None) -> tuple[str | None, str | None]:
    match = _DATE.match(value or "")
    if match is None:
        return None, None
    year, month, day = match.groups()
    if month and day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def date_sort(value: str | None) -> str | None:
    """A sortable YYYY-MM-DD for a date of any precision (the first day it can mean)."""
    found = interval(value)
    if found is not None:
        return found.start
    key, _ = _date_key_by_pattern(value)
    if key is None:
        return None
    return (key + "-01-01")[:10] if len(key) == 4 else (key + "-01")[:10]


def merge_key(event_type: str, sources: list[str], targets: list[str], key: str | None,
              record_id: str) -> str:
    """Events with the same type, source, target and date merge across articles; undated
    events merge only within their own article."""
    when = key if key is not None else f"undated:{record_id}"
    return f"{event_type}|{'+'.join(sorted(set(sources))) or '-'}|" \
           f"{'+'.join(sorted(set(targets))) or '-'}|{when}"


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
