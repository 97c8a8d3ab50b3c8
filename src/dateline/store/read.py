"""Read queries over the store, as SQLAlchemy Core statements with bound parameters only.

Every function takes a connection and returns plain rows (lists of dicts) ready for JSON, CSV,
a table or a DataFrame. User input never becomes SQL text: filters are bound values, LIKE
patterns are escaped, and full-text queries are built from word tokens.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Select,
    column,
    distinct,
    func,
    or_,
    select,
    table,
    text,
    union,
)

from dateline.geo import min_dot, unit_vector
from dateline.record import Record
from dateline.store import identity, schema
from dateline.store.filters import (
    CUE_CLASSES,
    CheckedEvents,
    DateFilter,
    EventFilter,
    Near,
    bounded_int,
    bounded_text,
    check_modes,
    finer_or_equal,
    quote_classes,
    search_terms,
)

T = TypeVar("T")
Row = dict[str, Any]

CHUNK = 500


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def counts(conn: Connection) -> dict[str, int]:
    tables = [t for t in schema.metadata.sorted_tables if t.name not in schema.BOOKKEEPING]
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in tables}


def failures(conn: Connection) -> list[Row]:
    f = schema.failures
    stmt = select(f.c.path, f.c.source_id, f.c.url, f.c.title, f.c.code, f.c.message,
                  f.c.failed_at).order_by(f.c.id)
    return [dict(row._mapping) for row in conn.execute(stmt)]


def resolve_actor(conn: Connection, query: str) -> list[int]:
    """Canonical actor ids a query stands for, case-insensitively: the actors of that name or
    alias (any seen in an article) and, for one word, every person of that surname ("Trump");
    failing those, every actor of a code ("RUS", "NATO") or of a code's short name ("US",
    "U.S.", "UK", "EU", "UN")."""
    a, aa = schema.actors, schema.article_actors
    norm = identity.normalise_name(query)
    by_name = select(a.c.id).where(or_(a.c.name_norm == norm, a.c.key == query))
    by_alias = select(aa.c.actor_id).where(aa.c.name_norm == norm)
    found = set(conn.scalars(union(by_name, by_alias)))
    if norm and " " not in norm:  # "Trump": every person of that surname too
        escaped = norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        surname = select(a.c.id).where(a.c.kind == "person",
                                       a.c.name_norm.like(f"% {escaped}", escape="\\"))
        found |= set(conn.scalars(surname))
    if found:
        return sorted(found)
    codes = sorted({query.upper(), *code_aliases().get(norm, ())})
    return sorted(set(conn.scalars(select(a.c.id).where(a.c.country.in_(codes)))))


@cache
def code_aliases() -> dict[str, tuple[str, ...]]:
    """Normalised short names -> actor codes, from the built-in country and organisation
    lexicons ("us" -> USA, "u.k." -> GBR, "eu" -> EUR, "un" -> UNO)."""
    from dateline.lexicons import builtin_section

    out: dict[str, set[str]] = defaultdict(set)
    for code, entry in (builtin_section("countries") or {}).items():
        for name in entry.get("names", []) if isinstance(entry, dict) else []:
            out[identity.normalise_name(str(name))].add(str(code))
    for entry in builtin_section("organizations") or []:
        if isinstance(entry, dict) and entry.get("country"):
            for name in [entry.get("name"), *entry.get("aliases", [])]:
                if name:
                    out[identity.normalise_name(str(name))].add(str(entry["country"]))
    return {name: tuple(sorted(codes)) for name, codes in out.items()}


def events(conn: Connection, spec: EventFilter) -> list[Row]:
    e, a = schema.events, schema.articles
    checked = spec.checked()
    conditions = event_conditions(conn, checked)
    stmt = event_columns().where(*conditions).order_by(e.c.date_sort, a.c.id, e.c.id)
    stmt = stmt.limit(checked.limit).offset(checked.offset)
    rows = conn.execute(stmt).all()
    parties = _parties_of(conn, [row.pk for row in rows])
    return [event_row(row, parties[row.pk]) for row in rows]


def _parties_of(conn: Connection, event_ids: list[int]) -> dict[int, dict[str, list[Any]]]:
    out: dict[int, dict[str, list[Any]]] = defaultdict(_no_parties)
    for chunk in chunks(event_ids):
        out.update(event_parties(conn, list(chunk)))
    return out


def event_columns() -> Select[Any]:
    e, a = schema.events, schema.articles
    return select(
        e.c.id.label("pk"), a.c.id.label("article"), e.c.local_id, e.c.type, e.c.mode,
        e.c.cameo, e.c.modality, e.c.date_value, e.c.date_basis, e.c.date_sort,
        e.c.trigger_text, e.c.trigger_start, e.c.trigger_end, e.c.sentence_text,
        e.c.confidence, e.c.rule, e.c.merged_id, e.c.n_mentions, e.c.is_root, a.c.title,
        a.c.publisher, a.c.document_date, a.c.url, a.c.path, e.c.date_start, e.c.date_end,
        e.c.date_precision, e.c.geo_name, e.c.geo_feature, e.c.geo_country, e.c.geo_admin1,
        e.c.geo_lat, e.c.geo_lon, e.c.geo_id, e.c.location_basis,
    ).join_from(e, a, a.c.pk == e.c.article_pk)


def event_conditions(conn: Connection, spec: CheckedEvents) -> list[Any]:
    e, ea = schema.events, schema.event_actors
    where: list[Any] = []
    if spec.types:
        where.append(e.c.type.in_(spec.types))
    if spec.modalities:
        where.append(e.c.modality.in_(spec.modalities))
    if spec.cameo:
        where.append(e.c.cameo.like(spec.cameo + "%"))
    if spec.modes:
        known = sorted(m for m in conn.scalars(select(e.c.mode).distinct()) if m)
        check_modes(spec.modes, known)
        where.append(e.c.mode.in_(spec.modes))
    where += date_conditions(e, spec.first, spec.last, spec.within, spec.precisions)
    for role, query in (("", spec.actor), ("source", spec.source), ("target", spec.target)):
        if query is None:
            continue
        ids = resolve_actor(conn, query)
        party = select(ea.c.event_id).where(ea.c.actor_id.in_(ids))
        where.append(e.c.id.in_(party.where(ea.c.role == role) if role else party))
    if spec.countries:
        where.append(e.c.geo_country.in_(spec.countries))
    if spec.min_confidence is not None:
        where.append(e.c.confidence >= spec.min_confidence)
    if spec.near is not None:
        where += near_conditions(e, spec.near)
    return where


def near_conditions(table: Any, near: Near) -> list[Any]:
    """Events located within ``near.km`` of its point: a latitude band the index narrows to,
    then the exact great-circle test on the stored unit vectors (see ``dateline.geo``)."""
    x, y, z = unit_vector(near.lat, near.lon)
    band = near.degrees
    dot = table.c.geo_x * x + table.c.geo_y * y + table.c.geo_z * z
    return [table.c.geo_lat.between(near.lat - band, near.lat + band), dot >= min_dot(near.km)]


def date_conditions(table: Any, first: str | None, last: str | None, within: bool,
                    precisions: tuple[str, ...]) -> list[Any]:
    """Interval conditions: overlap with [first, last] (or inside it), precision at least."""
    where: list[Any] = []
    if first:
        where.append((table.c.date_start if within else table.c.date_end) >= first)
    if last:
        where.append((table.c.date_end if within else table.c.date_start) <= last)
    if precisions:
        where.append(table.c.date_precision.in_(precisions))
    return where


def event_parties(conn: Connection, event_ids: Select[Any] | list[int]
             ) -> dict[int, dict[str, list[Any]]]:
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


def event_row(row: Any, parties: dict[str, list[Any]]) -> Row:
    return {
        "id": f"{row.article}#{row.local_id}", "article": row.article, "type": row.type,
        "mode": row.mode, "cameo": row.cameo, "modality": row.modality,
        "date": row.date_value, "date_start": row.date_start, "date_end": row.date_end,
        "date_precision": row.date_precision, "date_basis": row.date_basis,
        "date_sort": row.date_sort,
        "source": list(parties["source"]), "source_countries": list(parties["source_countries"]),
        "source_sectors": list(parties["source_sectors"]), "target": list(parties["target"]),
        "target_countries": list(parties["target_countries"]),
        "target_sectors": list(parties["target_sectors"]),
        "trigger": row.trigger_text, "trigger_start": row.trigger_start,
        "trigger_end": row.trigger_end, "sentence": row.sentence_text,
        "confidence": row.confidence, "rule": row.rule, "mentions": row.n_mentions,
        "merged_id": row.merged_id, "is_root": bool(row.is_root), "title": row.title,
        "publisher": row.publisher, "document_date": row.document_date, "url": row.url,
        "path": row.path, "geo_name": row.geo_name, "geo_feature": row.geo_feature,
        "geo_country": row.geo_country, "geo_admin1": row.geo_admin1, "geo_lat": row.geo_lat,
        "geo_lon": row.geo_lon, "geo_id": row.geo_id, "geo_basis": row.location_basis,
    }


def merged_events(conn: Connection, spec: EventFilter) -> list[Row]:
    m, e = schema.merged_events, schema.events
    checked = spec.checked()
    members = select(e.c.merged_id).where(*event_conditions(conn, checked))
    stmt = select(m).where(m.c.id.in_(members)).order_by(m.c.date_sort, m.c.type, m.c.id)
    rows = conn.execute(stmt.limit(checked.limit).offset(checked.offset)).all()
    ids = member_ids(conn, [row.id for row in rows])
    return [merged_row(row, ids[row.id]) for row in rows]


def member_ids(conn: Connection, merged_ids: list[int]) -> dict[int, list[str]]:
    e, a = schema.events, schema.articles
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(merged_ids):
        stmt = select(e.c.merged_id, a.c.id, e.c.local_id).join_from(
            e, a, a.c.pk == e.c.article_pk).where(e.c.merged_id.in_(chunk)).order_by(e.c.id)
        for row in conn.execute(stmt):
            out[row.merged_id].append(f"{row.id}#{row.local_id}")
    return out


def merged_row(row: Any, members: list[str]) -> Row:
    return {
        "merged_id": row.id, "type": row.type, "source": json.loads(row.source_names),
        "target": json.loads(row.target_names), "source_key": row.source_key,
        "target_key": row.target_key, "date": row.date_key, "granularity": row.granularity,
        "mentions": row.n_mentions, "articles": row.n_articles, "sources": row.n_sources,
        "members": members,
    }


@dataclass(frozen=True)
class QuoteFilter:
    """Filters of ``dateline quotes``: speaker (name, alias or code), words the content
    contains, cue classes (speech and documents unless asked: "speech,thought", "all"), and
    the date filters of events."""

    speaker: str | None = None
    cue_class: str | tuple[str, ...] | None = None
    contains: str | None = None
    since: str | None = None
    until: str | None = None
    precision: str | None = None
    within: bool = False
    limit: int | None = None
    offset: int | None = None


def quote_rows() -> Select[Any]:
    """A quote's columns as every quote list shows them, with its article and speaker actor."""
    q, a, act = schema.quotes, schema.articles, schema.actors
    return select(
        q.c.id.label("pk"), a.c.id.label("article"), q.c.local_id, q.c.kind, q.c.cue_class,
        q.c.speaker_text, act.c.name.label("speaker_actor"),
        act.c.country.label("speaker_country"), q.c.cue_text, q.c.content_text,
        q.c.content_start, q.c.content_end, q.c.date_value, q.c.date_start, q.c.date_end,
        q.c.date_precision, q.c.rule, a.c.title, a.c.publisher, a.c.url, a.c.path,
    ).join_from(q, a, a.c.pk == q.c.article_pk).outerjoin(act, act.c.id == q.c.speaker_actor_id)


def quotes(conn: Connection, spec: QuoteFilter | None = None) -> list[Row]:
    spec = spec or QuoteFilter()
    q, a = schema.quotes, schema.articles
    speaker = bounded_text(spec.speaker, "speaker")
    contains = bounded_text(spec.contains, "contains")
    classes = cue_class_condition(q.c.cue_class, quote_classes(spec.cue_class))
    first, last = DateFilter(spec.since, spec.until).window()
    limit, offset = bounded_int(spec.limit, "limit", 1), bounded_int(spec.offset, "offset", 0)
    stmt = quote_rows()
    if speaker is not None:
        ids = resolve_actor(conn, speaker)
        named = func.lower(q.c.speaker_text).like(like_pattern(speaker), escape="\\")
        stmt = stmt.where(or_(q.c.speaker_actor_id.in_(ids), named))
    if contains is not None:
        pattern = like_pattern(contains)
        stmt = stmt.where(func.lower(q.c.content_text).like(pattern, escape="\\"))
    if classes is not None:
        stmt = stmt.where(classes)
    stmt = stmt.where(*date_conditions(q, first, last, spec.within,
                                       finer_or_equal(spec.precision)))
    stmt = stmt.order_by(q.c.date_sort, a.c.id, q.c.id).limit(limit).offset(offset)
    return [quote_row(row) for row in conn.execute(stmt)]


def cue_class_condition(column: Any, classes: tuple[str, ...]) -> Any | None:
    """A condition keeping quotes whose cue class is one of ``classes`` (None: every class).
    Quotes stored before cue classes existed (NULL) came from speech cues."""
    if set(classes) >= set(CUE_CLASSES):
        return None
    condition = column.in_(classes)
    return or_(condition, column.is_(None)) if "speech" in classes else condition


def like_pattern(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def quote_row(row: Any) -> Row:
    return {
        "id": f"{row.article}#{row.local_id}", "article": row.article, "kind": row.kind,
        "cue_class": row.cue_class, "speaker": row.speaker_text, "speaker_actor": row.speaker_actor,
        "speaker_country": row.speaker_country, "cue": row.cue_text,
        "content": row.content_text, "content_start": row.content_start,
        "content_end": row.content_end, "date": row.date_value,
        "date_start": row.date_start, "date_end": row.date_end,
        "date_precision": row.date_precision, "rule": row.rule,
        "title": row.title, "publisher": row.publisher, "url": row.url, "path": row.path,
    }


def times(conn: Connection) -> list[Row]:
    """Every stored time expression with its TIMEX3 value and calendar interval."""
    t, a = schema.times, schema.articles
    stmt = select(a.c.id.label("article"), t.c.local_id, t.c.text, t.c.type, t.c.value,
                  t.c.mod, t.c.date_start, t.c.date_end, t.c.date_precision, t.c.start_char,
                  t.c.end_char, t.c.rule, a.c.document_date, a.c.title, a.c.url, a.c.path
                  ).join_from(t, a, a.c.pk == t.c.article_pk).order_by(a.c.pk, t.c.start_char)
    return [{"id": f"{row.article}#{row.local_id}", **{k: v for k, v in row._mapping.items()
                                                       if k != "local_id"}}
            for row in conn.execute(stmt)]


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
    event_rows = conn.execute(event_columns().where(e.c.id.in_(involved))).all()
    parties = event_parties(conn, involved)
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
    """Full-text search of articles: FTS5 on SQLite, tsvector on PostgreSQL. Words are
    de-duplicated and bounded in number and length (see ``filters.search_terms``)."""
    limit = bounded_int(limit, "limit", 1) or 50
    tokens = search_terms(words)
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


def quote_words(conn: Connection, words: str) -> Any | None:
    """A condition keeping quotes whose content has every word of ``words`` (stemmed), read
    from the quotes' full-text index (FTS5 / tsvector, migration 0007); None for no words."""
    tokens = search_terms(words)
    if not tokens:
        return None
    if conn.dialect.name == "postgresql":
        return text("quotes.tsv @@ plainto_tsquery('english', :quote_words)").bindparams(
            quote_words=" ".join(tokens))
    fts = table("quotes_fts", column("rowid"), column("quotes_fts"))
    phrase = " ".join('"' + token.replace('"', '""') + '"' for token in tokens)
    return schema.quotes.c.id.in_(select(fts.c.rowid).where(fts.c.quotes_fts.op("MATCH")(phrase)))


def record(conn: Connection, article_id: str) -> Record | None:
    """The record of one stored article, as it was ingested (see ``records.py``)."""
    from dateline.store.records import stored_record

    return stored_record(conn, article_id)
