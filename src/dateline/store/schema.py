"""The store's tables, in SQLAlchemy Core: the same definitions serve SQLite and PostgreSQL.

Integer surrogate keys join the tables; an article's public id is its content hash
(``Record.id``). Local ids (``a1``, ``e1``, ...) are kept beside canonical ids so every stored
item can be traced back to the record and the characters it came from. How items are keyed
across articles is ``identity.py``; how a record maps onto these tables is ``record_rows.py``.
"""

from __future__ import annotations

import math
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
    # 0011_pipeline_min_confidence: the threshold under which the record's events were withheld
    Column("pipeline_min_confidence", Float),
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
