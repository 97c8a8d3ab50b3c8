"""Read queries over the store, as SQLAlchemy Core statements with bound parameters only.

Every function takes a connection and returns plain rows (lists of dicts) ready for JSON, CSV,
a table or a DataFrame. User input never becomes SQL text: filters are bound values, LIKE
patterns are escaped, and full-text queries are built from word tokens.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, distinct, func, or_, select, text, union

from dateline.errors import UsageError
from dateline.record import (
    Actor,
    Event,
    EventDate,
    PipelineInfo,
    Quote,
    Record,
    Removed,
    Source,
    Span,
    Speaker,
    Time,
)
from dateline.store import schema

T = TypeVar("T")
Row = dict[str, Any]

CHUNK = 500
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WORD = re.compile(r"\w+", re.UNICODE)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``dateline events``: every field is optional and they combine with AND."""

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None

    def bounds(self) -> tuple[str | None, str | None]:
        """``since`` as the first day and ``until`` as past the last day of their periods."""
        for value in (self.since, self.until):
            if value is not None and not _DAY.match(value):
                raise UsageError(f"dates must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        since = schema.date_sort(self.since) if self.since else None
        until = (self.until + "-99-99")[:10] if self.until else None
        return since, until


def counts(conn: Connection) -> dict[str, int]:
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.migrations_table]
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in tables}


def failures(conn: Connection) -> list[Row]:
    f = schema.failures
    stmt = select(f.c.path, f.c.source_id, f.c.url, f.c.title, f.c.code, f.c.message,
                  f.c.failed_at).order_by(f.c.id)
    return [dict(row._mapping) for row in conn.execute(stmt)]


def resolve_actor(conn: Connection, query: str) -> list[int]:
    """Canonical actor ids a name, an alias seen in any article, a code or a key stands for."""
    a, aa = schema.actors, schema.article_actors
    norm = schema.normalise_name(query)
    by_actor = select(a.c.id).where(
        or_(a.c.name_norm == norm, a.c.country == query.upper(), a.c.key == query))
    by_alias = select(aa.c.actor_id).where(aa.c.name_norm == norm)
    return sorted(set(conn.scalars(union(by_actor, by_alias))))


def events(conn: Connection, spec: EventFilter) -> list[Row]:
    e, a = schema.events, schema.articles
    conditions = _event_conditions(conn, spec)
    stmt = _event_columns().where(*conditions)
    rows = conn.execute(stmt.order_by(e.c.date_sort, a.c.id, e.c.id)).all()
    parties = _parties(conn, select(e.c.id).where(*conditions))
    return [_event_row(row, parties[row.pk]) for row in rows]


def _event_columns() -> Select[Any]:
    e, a = schema.events, schema.articles
    return select(
        e.c.id.label("pk"), a.c.id.label("article"), e.c.local_id, e.c.type, e.c.mode,
        e.c.cameo, e.c.modality, e.c.date_value, e.c.date_basis, e.c.date_sort,
        e.c.trigger_text, e.c.trigger_start, e.c.trigger_end, e.c.sentence_text,
        e.c.confidence, e.c.rule, e.c.merged_id, e.c.n_mentions, e.c.is_root, a.c.title,
        a.c.publisher, a.c.document_date,
        a.c.url, a.c.path,
    ).join_from(e, a, a.c.pk == e.c.article_pk)


def _event_conditions(conn: Connection, spec: EventFilter) -> list[Any]:
    e, ea = schema.events, schema.event_actors
    since, until = spec.bounds()
    where: list[Any] = []
    if spec.type:
        where.append(e.c.type == spec.type.upper())
    if spec.modality:
        where.append(e.c.modality == spec.modality.lower())
    if since:
        where.append(e.c.date_sort >= since)
    if until:
        where.append(e.c.date_sort <= until)
    if spec.actor is not None:
        ids = resolve_actor(conn, spec.actor)
        where.append(e.c.id.in_(select(ea.c.event_id).where(ea.c.actor_id.in_(ids))))
    return where


def _parties(conn: Connection, event_ids: Select[Any]) -> dict[int, dict[str, list[Any]]]:
    """Source and target actors (canonical name, code, sector) of the events ``event_ids``
    selects, fetched in one query."""
    ea, a = schema.event_actors, schema.actors
    stmt = select(ea.c.event_id, ea.c.role, a.c.name, a.c.country, a.c.sector).join_from(
        ea, a, a.c.id == ea.c.actor_id).where(ea.c.event_id.in_(event_ids)).order_by(
        ea.c.event_id, ea.c.role, ea.c.seq)
    out: dict[int, dict[str, list[Any]]] = defaultdict(_no_parties)
    for event_id, role, name, country, sector in conn.execute(stmt).all():
        party = out[event_id]
        party[role].append(name)
        party[_COUNTRIES[role]].append(country)
        party[_SECTORS[role]].append(sector)
    return out


_ROLES = ("source", "target")
_COUNTRIES = {role: f"{role}_countries" for role in _ROLES}
_SECTORS = {role: f"{role}_sectors" for role in _ROLES}


def _no_parties() -> dict[str, list[Any]]:
    return {key: [] for role in _ROLES for key in (role, _COUNTRIES[role], _SECTORS[role])}


def _event_row(row: Any, parties: dict[str, list[Any]]) -> Row:
    return {
        "id": f"{row.article}#{row.local_id}", "article": row.article, "type": row.type,
        "mode": row.mode, "cameo": row.cameo, "modality": row.modality,
        "date": row.date_value, "date_basis": row.date_basis, "date_sort": row.date_sort,
        "source": list(parties["source"]), "source_countries": list(parties["source_countries"]),
        "source_sectors": list(parties["source_sectors"]), "target": list(parties["target"]),
        "target_countries": list(parties["target_countries"]),
        "target_sectors": list(parties["target_sectors"]),
        "trigger": row.trigger_text, "trigger_start": row.trigger_start,
        "trigger_end": row.trigger_end, "sentence": row.sentence_text,
        "confidence": row.confidence, "rule": row.rule, "mentions": row.n_mentions,
        "merged_id": row.merged_id, "is_root": bool(row.is_root), "title": row.title,
        "publisher": row.publisher, "document_date": row.document_date, "url": row.url,
        "path": row.path,
    }


def merged_events(conn: Connection, spec: EventFilter) -> list[Row]:
    m, e = schema.merged_events, schema.events
    members = select(e.c.merged_id).where(*_event_conditions(conn, spec))
    stmt = select(m).where(m.c.id.in_(members)).order_by(m.c.date_sort, m.c.type, m.c.id)
    rows = conn.execute(stmt).all()
    ids = _member_ids(conn, [row.id for row in rows])
    return [_merged_row(row, ids[row.id]) for row in rows]


def _member_ids(conn: Connection, merged_ids: list[int]) -> dict[int, list[str]]:
    e, a = schema.events, schema.articles
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(merged_ids):
        stmt = select(e.c.merged_id, a.c.id, e.c.local_id).join_from(
            e, a, a.c.pk == e.c.article_pk).where(e.c.merged_id.in_(chunk)).order_by(e.c.id)
        for row in conn.execute(stmt):
            out[row.merged_id].append(f"{row.id}#{row.local_id}")
    return out


def _merged_row(row: Any, members: list[str]) -> Row:
    return {
        "merged_id": row.id, "type": row.type, "source": json.loads(row.source_names),
        "target": json.loads(row.target_names), "source_key": row.source_key,
        "target_key": row.target_key, "date": row.date_key, "granularity": row.granularity,
        "mentions": row.n_mentions, "articles": row.n_articles, "sources": row.n_sources,
        "members": members,
    }


def quotes(conn: Connection, *, speaker: str | None = None,
           contains: str | None = None) -> list[Row]:
    q, a, act = schema.quotes, schema.articles, schema.actors
    stmt = select(
        q.c.id.label("pk"), a.c.id.label("article"), q.c.local_id, q.c.kind, q.c.speaker_text,
        act.c.name.label("speaker_actor"), act.c.country.label("speaker_country"), q.c.cue_text,
        q.c.content_text, q.c.content_start, q.c.content_end, q.c.date_value, q.c.rule,
        a.c.title, a.c.publisher, a.c.url, a.c.path,
    ).join_from(q, a, a.c.pk == q.c.article_pk).outerjoin(act, act.c.id == q.c.speaker_actor_id)
    if speaker is not None:
        ids = resolve_actor(conn, speaker)
        named = func.lower(q.c.speaker_text).like(_like(speaker), escape="\\")
        stmt = stmt.where(or_(q.c.speaker_actor_id.in_(ids), named))
    if contains is not None:
        stmt = stmt.where(func.lower(q.c.content_text).like(_like(contains), escape="\\"))
    rows = conn.execute(stmt.order_by(q.c.date_sort, a.c.id, q.c.id))
    return [_quote_row(row) for row in rows]


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _quote_row(row: Any) -> Row:
    return {
        "id": f"{row.article}#{row.local_id}", "article": row.article, "kind": row.kind,
        "speaker": row.speaker_text, "speaker_actor": row.speaker_actor,
        "speaker_country": row.speaker_country, "cue": row.cue_text,
        "content": row.content_text, "content_start": row.content_start,
        "content_end": row.content_end, "date": row.date_value, "rule": row.rule,
        "title": row.title, "publisher": row.publisher, "url": row.url, "path": row.path,
    }


def actors(conn: Connection) -> list[Row]:
    a, aa, ea, q = schema.actors, schema.article_actors, schema.event_actors, schema.quotes
    n_articles = select(func.count(distinct(aa.c.article_pk))).where(aa.c.actor_id == a.c.id)
    n_mentions = select(func.count()).select_from(schema.mentions).where(
        schema.mentions.c.actor_id == a.c.id)
    n_events = select(func.count(distinct(ea.c.event_id))).where(ea.c.actor_id == a.c.id)
    n_quotes = select(func.count()).select_from(q).where(q.c.speaker_actor_id == a.c.id)
    stmt = select(
        a.c.id, a.c.key, a.c.name, a.c.kind, a.c.country, a.c.sector,
        n_articles.scalar_subquery().label("articles"),
        n_mentions.scalar_subquery().label("mentions"),
        n_events.scalar_subquery().label("events"), n_quotes.scalar_subquery().label("quotes"),
    ).order_by(a.c.name, a.c.id)
    rows = [dict(row._mapping) for row in conn.execute(stmt)]
    aliases = _aliases(conn)
    for row in rows:
        row["names"] = aliases.get(row["id"], [])
    return rows


def _aliases(conn: Connection) -> dict[int, list[str]]:
    aa = schema.article_actors
    out: dict[int, list[str]] = defaultdict(list)
    stmt = select(aa.c.actor_id, aa.c.name).distinct().order_by(aa.c.actor_id, aa.c.name)
    for row in conn.execute(stmt):
        out[row.actor_id].append(row.name)
    return out


def timeline(conn: Connection, actor: str) -> list[Row]:
    """Events and quotes involving an actor, in date order."""
    ids = resolve_actor(conn, actor)
    if not ids:
        return []
    e, ea = schema.events, schema.event_actors
    involved = select(ea.c.event_id).where(ea.c.actor_id.in_(ids))
    event_rows = conn.execute(_event_columns().where(e.c.id.in_(involved))).all()
    parties = _parties(conn, involved)
    items = [_timeline_event(row, parties[row.pk]) for row in event_rows]
    spoken = quotes_by_speakers(conn, ids)
    items += [_timeline_quote(row) for row in spoken]
    items.sort(key=lambda item: (item["date"] or "9999", item["article"], item["pk"]))
    for item in items:
        del item["pk"]
    return items


def quotes_by_speakers(conn: Connection, ids: list[int]) -> list[Any]:
    q, a, act = schema.quotes, schema.articles, schema.actors
    stmt = select(q.c.id.label("pk"), a.c.id.label("article"), q.c.local_id, q.c.kind,
                  q.c.date_sort, q.c.date_value, q.c.content_text, q.c.speaker_text,
                  act.c.name.label("speaker_actor"), a.c.title).join_from(
        q, a, a.c.pk == q.c.article_pk).outerjoin(act, act.c.id == q.c.speaker_actor_id)
    return list(conn.execute(stmt.where(q.c.speaker_actor_id.in_(ids))))


def _timeline_event(row: Any, parties: dict[str, list[Any]]) -> Row:
    return {
        "pk": row.pk, "date": row.date_sort, "kind": "event", "type": row.type,
        "modality": row.modality, "source": list(parties["source"]),
        "target": list(parties["target"]), "text": row.sentence_text,
        "id": f"{row.article}#{row.local_id}", "article": row.article, "title": row.title,
    }


def _timeline_quote(row: Any) -> Row:
    return {
        "pk": -row.pk, "date": row.date_sort, "kind": "quote", "type": row.kind,
        "modality": None, "source": [row.speaker_actor or row.speaker_text], "target": [],
        "text": row.content_text, "id": f"{row.article}#{row.local_id}",
        "article": row.article, "title": row.title,
    }


def search(conn: Connection, words: str, *, limit: int = 50) -> list[Row]:
    """Full-text search of articles: FTS5 on SQLite, tsvector on PostgreSQL."""
    tokens = _WORD.findall(words)
    if not tokens:
        return []
    if conn.dialect.name == "postgresql":
        stmt = text(
            "SELECT a.id, a.title, a.publisher, a.path, a.url, a.document_date, "
            "ts_headline('english', a.text, q, 'MaxWords=24, MinWords=8') AS snippet, "
            "ts_rank(a.tsv, q) AS score "
            "FROM articles a, plainto_tsquery('english', :query) q WHERE a.tsv @@ q "
            "ORDER BY score DESC, a.pk LIMIT :limit")
        params: dict[str, Any] = {"query": " ".join(tokens), "limit": limit}
    else:
        stmt = text(
            "SELECT a.id, a.title, a.publisher, a.path, a.url, a.document_date, "
            "snippet(articles_fts, 1, '[', ']', '...', 16) AS snippet, "
            "-bm25(articles_fts) AS score "
            "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
            "WHERE articles_fts MATCH :query ORDER BY bm25(articles_fts), a.pk LIMIT :limit")
        phrase = " ".join('"' + token.replace('"', '""') + '"' for token in tokens)
        params = {"query": phrase, "limit": limit}
    return [dict(row._mapping) for row in conn.execute(stmt, params)]


# -- records rebuilt from the tables ------------------------------------------------------------


def record(conn: Connection, article_id: str) -> Record | None:
    """The record of one stored article, as it was ingested."""
    a = schema.articles
    row = conn.execute(select(a).where(a.c.id == article_id)).first()
    if row is None:
        return None
    info = PipelineInfo(row.pipeline_dateline, row.pipeline_model, row.pipeline_rules)
    return Record(
        id=row.id,
        source=Source(row.source_id, row.path, row.url, row.title, row.publisher),
        published=row.published, document_date=row.document_date,
        document_date_source=row.document_date_source, text=row.text,
        removed=[Removed(**item) for item in json.loads(row.removed)],
        actors=_record_actors(conn, row.pk), times=_record_times(conn, row.pk),
        quotes=_record_quotes(conn, row.pk), events=_record_events(conn, row.pk),
        pipeline=info if row.pipeline_rules is not None else None,
    )


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
              spans[row.local_id], row.rule)
        for row in sorted(rows, key=lambda r: _natural(r.local_id))
    ]


def _record_times(conn: Connection, pk: int) -> list[Time]:
    t = schema.times
    rows = conn.execute(select(t).where(t.c.article_pk == pk)).all()
    return [
        Time(row.local_id, row.start_char, row.end_char, row.text, row.type, row.value,
             row.mod, row.rule)
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
        out.append(Quote(row.local_id, row.kind, speaker, cue, content, row.time_local,
                         row.rule))
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
        date=EventDate(row.date_value, row.date_time_local, row.date_basis),
        modality=row.modality, reported_by=row.reported_by_local,
        trigger=Span(row.trigger_start, row.trigger_end, row.trigger_text),
        sentence=Span(row.sentence_start, row.sentence_end, row.sentence_text),
        rule=row.rule, confidence=row.confidence, mentions=spans,
    )
