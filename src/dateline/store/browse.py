"""Read queries for browsing the store (the web shell): overview counts, paged lists, dyads,
event types by month, actor network edges, an actor's profile and counterparts.

Every function takes a connection and returns plain rows (dicts) ready for JSON or a template,
in the style of ``read.py`` (whose public helpers they reuse): SQLAlchemy Core statements with
bound parameters only. Filters are ``filters.EventFilter``, checked strictly, with the store's
interval dates (overlap, ``within``, ``precision``). List queries take ``limit``/``offset`` and
return ``(total, rows)`` so pages stay fast on a large store: they sort by indexed columns
(``ix_merged_events_date`` for merged events, migration 0006) and fetch the parties of one page
only; quote words go through the quotes' full-text index (migration 0007).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, and_, distinct, exists, func, or_, select, text
from sqlalchemy.orm import aliased

from dateline.store import read, schema
from dateline.store.filters import CheckedEvents, EventFilter, quote_classes, search_terms
from dateline.store.read import Row

#: Markers put around matched words in search snippets; cleaning removes control characters
#: from every stored text, so they cannot occur in it.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class EventQuery:
    """The events list's filters (``EventFilter``, with direction) and a page."""

    spec: EventFilter = field(default_factory=EventFilter)
    limit: int = 50
    offset: int = 0


def overview(conn: Connection) -> Row:
    """Counts, the span of article dates and of event dates."""
    a, e = schema.articles, schema.events
    row = conn.execute(select(func.min(a.c.document_date), func.max(a.c.document_date))).one()
    dated = e.c.date_sort.is_not(None)
    first, last = conn.execute(select(func.min(e.c.date_sort), func.max(e.c.date_sort))
                               .where(dated)).one()
    return {"counts": read.counts(conn), "first_article": row[0], "last_article": row[1],
            "first_event": first, "last_event": last}


def fingerprint(conn: Connection) -> tuple[int, int, int]:
    """Changes whenever an article is added, replaced or removed: cache key for aggregates."""
    a = schema.articles
    count, top = conn.execute(select(func.count(), func.max(a.c.pk))).one()
    failed = conn.execute(select(func.count()).select_from(schema.failures)).scalar_one()
    return int(count), int(top or 0), int(failed)


def publishers(conn: Connection, limit: int = 20) -> list[Row]:
    a = schema.articles
    n = func.count().label("articles")
    stmt = select(a.c.publisher, n).group_by(a.c.publisher).order_by(n.desc(), a.c.publisher)
    return [{"publisher": row.publisher, "articles": row.articles}
            for row in conn.execute(stmt.limit(limit))]


def top_actors(conn: Connection, limit: int = 10) -> list[Row]:
    """Actors taking part in the most events."""
    ea, act = schema.event_actors, schema.actors
    n = func.count(distinct(ea.c.event_id)).label("events")
    counted = select(ea.c.actor_id, n).group_by(ea.c.actor_id).order_by(n.desc(), ea.c.actor_id)
    sub = counted.limit(limit).subquery()
    stmt = select(act.c.id, act.c.name, act.c.kind, act.c.country, act.c.sector,
                  sub.c.events).join_from(sub, act, act.c.id == sub.c.actor_id)
    rows = [dict(row._mapping) for row in conn.execute(stmt)]
    return sorted(rows, key=lambda r: (-r["events"], r["id"]))


def _dyad_query(conn: Connection, spec: EventFilter) -> Select[Any]:
    """(source actor, target actor, type) with event counts and mentions, for ``spec``."""
    e = schema.events
    src, tgt = aliased(schema.event_actors), aliased(schema.event_actors)
    stmt = select(src.c.actor_id.label("source_id"), tgt.c.actor_id.label("target_id"),
                  e.c.type, func.count(distinct(e.c.id)).label("events"),
                  func.sum(e.c.n_mentions).label("mentions")).select_from(
        src.join(tgt, and_(tgt.c.event_id == src.c.event_id, tgt.c.role == "target"))
        .join(e, e.c.id == src.c.event_id)).where(src.c.role == "source")
    conditions = read.event_conditions(conn, spec.checked())
    if conditions:
        stmt = stmt.where(*conditions)
    return stmt.group_by(src.c.actor_id, tgt.c.actor_id, e.c.type)


def dyads(conn: Connection, spec: EventFilter | None = None, limit: int = 10) -> list[Row]:
    """Source → target pairs by number of events, with counts per PLOVER type."""
    rows = conn.execute(_dyad_query(conn, spec or EventFilter())).all()
    pairs: dict[tuple[int, int], Row] = {}
    for row in rows:
        pair = pairs.setdefault((row.source_id, row.target_id), {
            "source_id": row.source_id, "target_id": row.target_id, "events": 0,
            "mentions": 0, "types": {}})
        pair["events"] += row.events
        pair["mentions"] += int(row.mentions or 0)
        pair["types"][row.type] = row.events
    ranked = sorted(pairs.values(), key=lambda p: (-p["events"], p["source_id"], p["target_id"]))
    chosen = ranked[:limit]
    names = actor_names(conn, {i for p in chosen for i in (p["source_id"], p["target_id"])})
    for pair in chosen:
        pair["source"] = names.get(pair["source_id"], {})
        pair["target"] = names.get(pair["target_id"], {})
    return chosen


def actor_names(conn: Connection, ids: set[int]) -> dict[int, Row]:
    act = schema.actors
    out: dict[int, Row] = {}
    for chunk in read.chunks(sorted(ids)):
        stmt = select(act.c.id, act.c.name, act.c.kind, act.c.country, act.c.sector)
        out.update({row.id: dict(row._mapping) for row in conn.execute(
            stmt.where(act.c.id.in_(chunk)))})
    return out


def types_by_month(conn: Connection, spec: EventFilter | None = None) -> list[Row]:
    """Event mentions per month and PLOVER type (undated events left out)."""
    e = schema.events
    month = func.substr(e.c.date_sort, 1, 7).label("month")
    stmt = select(month, e.c.type, func.count().label("events")).where(
        e.c.date_sort.is_not(None),
        *read.event_conditions(conn, (spec or EventFilter()).checked()))
    stmt = stmt.group_by(month, e.c.type).order_by(month, e.c.type)
    return [dict(row._mapping) for row in conn.execute(stmt)]


def network(conn: Connection, spec: EventFilter, limit: int = 60) -> Row:
    """Actors as nodes and dyads as edges weighted by mentions, with counts per type."""
    edges = dyads(conn, spec, limit=limit)
    nodes: dict[int, Row] = {}
    for edge in edges:
        for side in ("source", "target"):
            actor = edge[side]
            node = nodes.setdefault(actor["id"], {**actor, "events": 0, "mentions": 0})
            node["events"] += edge["events"]
            node["mentions"] += edge["mentions"]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["mentions"], n["id"])),
            "edges": edges}


# -- paged lists ----------------------------------------------------------------------------


def _conditions(conn: Connection, query: EventQuery) -> list[Any]:
    return read.event_conditions(conn, query.spec.checked())


def event_page(conn: Connection, query: EventQuery) -> tuple[int, list[Row]]:
    """One page of event mentions in date order, and how many match in all. The page's ids
    come first from the (date_sort, id) index, so a deep page costs an index walk only."""
    e = schema.events
    where = _conditions(conn, query)
    total = conn.execute(select(func.count()).select_from(e).where(*where)).scalar_one()
    page_ids = select(e.c.id).where(*where).order_by(e.c.date_sort, e.c.id)
    page_ids = page_ids.limit(query.limit).offset(query.offset)
    stmt = read.event_columns().where(e.c.id.in_(page_ids)).order_by(e.c.date_sort, e.c.id)
    rows = conn.execute(stmt).all()
    parties = read.event_parties(conn, page_ids)
    return int(total), [_with_merged(read.event_row(row, parties[row.pk])) for row in rows]


def _with_merged(row: Row) -> Row:
    row["local_id"] = row["id"].rsplit("#", 1)[1]
    return row


def merged_page(conn: Connection, query: EventQuery) -> tuple[int, list[Row]]:
    """One page of events merged across articles, and how many match in all."""
    m, e = schema.merged_events, schema.events
    conditions = _conditions(conn, query)
    where = [m.c.id.in_(select(e.c.merged_id).where(*conditions))] if conditions else []
    total = conn.execute(select(func.count()).select_from(m).where(*where)).scalar_one()
    page_ids = select(m.c.id).where(*where).order_by(m.c.date_sort, m.c.id)
    page_ids = page_ids.limit(query.limit).offset(query.offset)
    stmt = select(m).where(m.c.id.in_(page_ids)).order_by(m.c.date_sort, m.c.id)
    rows = conn.execute(stmt).all()
    ids = read.member_ids(conn, [row.id for row in rows])
    return int(total), [read.merged_row(row, ids[row.id]) for row in rows]


def merged_event(conn: Connection, merged_id: int) -> Row | None:
    """A merged event and every mention of it, across articles and publishers."""
    m, e = schema.merged_events, schema.events
    row = conn.execute(select(m).where(m.c.id == merged_id)).first()
    if row is None:
        return None
    out = read.merged_row(row, [])
    stmt = read.event_columns().where(e.c.merged_id == merged_id).order_by(e.c.id)
    members = conn.execute(stmt).all()
    parties = read.event_parties(conn, select(e.c.id).where(e.c.merged_id == merged_id))
    out["members"] = [_with_merged(read.event_row(r, parties[r.pk])) for r in members]
    return out


def quote_page(conn: Connection, *, speaker: str | None = None, contains: str | None = None,
               cue_class: str | tuple[str, ...] | None = None, limit: int = 50,
               offset: int = 0) -> tuple[int, list[Row]]:
    """One page of quotes, filtered by speaker (name, code or words), content words
    (every word, stemmed, through the quotes' full-text index; text without words is looked
    for as written) and cue class (speech and documents unless asked, "all" for every one)."""
    q = schema.quotes
    classes = read.cue_class_condition(q.c.cue_class, quote_classes(cue_class))
    where: list[Any] = [] if classes is None else [classes]
    if speaker:
        ids = read.resolve_actor(conn, speaker)
        named = func.lower(q.c.speaker_text).like(read.like_pattern(speaker), escape="\\")
        where.append(or_(q.c.speaker_actor_id.in_(ids), named))
    if contains:
        words = read.quote_words(conn, contains)
        pattern = read.like_pattern(contains)
        where.append(func.lower(q.c.content_text).like(pattern, escape="\\")
                     if words is None else words)
    total = conn.execute(select(func.count()).select_from(q).where(*where)).scalar_one()
    stmt = read.quote_rows()
    page_ids = select(q.c.id).where(*where).order_by(q.c.date_sort, q.c.id)
    stmt = stmt.where(q.c.id.in_(page_ids.limit(limit).offset(offset)))
    rows = [read.quote_row(row) | {"local_id": row.local_id}
            for row in conn.execute(stmt.order_by(q.c.date_sort, q.c.id))]
    return int(total), rows


def actor_page(conn: Connection, *, name: str | None = None, limit: int = 50,
               offset: int = 0) -> tuple[int, list[Row]]:
    """One page of canonical actors by number of events, optionally by name words."""
    act, ea = schema.actors, schema.event_actors
    where: list[Any] = []
    if name:
        where.append(act.c.name_norm.like(read.like_pattern(name), escape="\\"))
    total = conn.execute(select(func.count()).select_from(act).where(*where)).scalar_one()
    page = select(act.c.id, act.c.name, act.c.kind, act.c.country, act.c.sector).where(
        *where).order_by(act.c.name_norm, act.c.id).limit(limit).offset(offset)
    rows = [dict(row._mapping) for row in conn.execute(page)]
    counted = select(ea.c.actor_id, func.count(distinct(ea.c.event_id))).where(
        ea.c.actor_id.in_([row["id"] for row in rows])).group_by(ea.c.actor_id)
    events = {actor_id: n for actor_id, n in conn.execute(counted).all()}
    return int(total), [row | {"events": events.get(row["id"], 0)} for row in rows]


def search_page(conn: Connection, words: str, *, limit: int = 20, offset: int = 0) -> list[Row]:
    """Articles matching ``words``, best first, with snippets marked by MARK_START/MARK_END."""
    tokens = search_terms(words)
    if not tokens:
        return []
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if conn.dialect.name == "postgresql":
        stmt = text(
            "SELECT a.id, a.title, a.publisher, a.path, a.url, a.document_date, "
            "ts_headline('english', a.text, q, :options) AS snippet, "
            "ts_rank(a.tsv, q) AS score "
            "FROM articles a, plainto_tsquery('english', :query) q WHERE a.tsv @@ q "
            "ORDER BY score DESC, a.pk LIMIT :limit OFFSET :offset")
        params |= {"query": " ".join(tokens), "options":
                   f"MaxWords=30, MinWords=10, StartSel={MARK_START}, StopSel={MARK_END}"}
    else:
        stmt = text(
            "SELECT a.id, a.title, a.publisher, a.path, a.url, a.document_date, "
            "snippet(articles_fts, 1, :start, :end, '…', 24) AS snippet, "
            "-bm25(articles_fts) AS score "
            "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
            "WHERE articles_fts MATCH :query ORDER BY bm25(articles_fts), a.pk "
            "LIMIT :limit OFFSET :offset")
        phrase = " ".join('"' + token.replace('"', '""') + '"' for token in tokens)
        params |= {"query": phrase, "start": MARK_START, "end": MARK_END}
    return [dict(row._mapping) for row in conn.execute(stmt, params)]


# -- one actor ------------------------------------------------------------------------------


def actor(conn: Connection, actor_id: int) -> Row | None:
    """A canonical actor: codes, the names and roles it had in articles, and its counts."""
    act, aa = schema.actors, schema.article_actors
    row = conn.execute(select(act).where(act.c.id == actor_id)).first()
    if row is None:
        return None
    out = {k: row._mapping[k] for k in ("id", "key", "name", "kind", "country", "sector")}
    names = select(aa.c.name, func.count().label("n")).where(aa.c.actor_id == actor_id)
    out["aliases"] = [r.name for r in conn.execute(
        names.group_by(aa.c.name).order_by(func.count().desc(), aa.c.name).limit(50))]
    roles = select(aa.c.role).where(aa.c.actor_id == actor_id, aa.c.role.is_not(None))
    out["roles"] = sorted(set(conn.scalars(roles.distinct().limit(50))))
    articles = select(func.count(distinct(aa.c.article_pk))).where(aa.c.actor_id == actor_id)
    out["articles"] = conn.execute(articles).scalar_one()
    return out


def actor_items(conn: Connection, actor_ids: list[int], *, spec: EventFilter | None = None,
               counterpart: list[int] | None = None, limit: int = 200) -> list[Row]:
    """Events (and, with no counterpart and no event-only filter, quotes) of the actors, in
    date order, at most ``limit`` of each; ``counterpart`` keeps the dyad's events only. Events
    are found through the (actor, date) index of ``event_actors``."""
    e = schema.events
    checked = (spec or EventFilter()).checked()
    found = sorted(set(conn.scalars(_actor_event_ids(conn, actor_ids, checked, counterpart,
                                                     limit))))
    chosen = e.c.id.in_(found)
    stmt = read.event_columns().where(chosen).order_by(e.c.date_sort, e.c.id)
    rows = conn.execute(stmt).all()
    parties = read.event_parties(conn, select(e.c.id).where(chosen))
    items = [_with_merged(read.event_row(r, parties[r.pk])) | {"kind": "event"}
             for r in rows]
    event_only = checked.types or checked.modalities or checked.modes or checked.cameo
    if counterpart is None and not event_only:
        items += _actor_quotes(conn, actor_ids, checked, limit)
    items.sort(key=lambda item: (item["date_sort"] or "9999", item["id"]))
    return items


def _actor_event_ids(conn: Connection, actor_ids: list[int], spec: CheckedEvents,
                     counterpart: list[int] | None, limit: int) -> Select[Any]:
    e, ea = schema.events, schema.event_actors
    stmt = select(ea.c.event_id).where(ea.c.actor_id.in_(actor_ids))
    # date_sort is the first day of a dated event's interval: index-only bounds first, the
    # exact interval test (overlap or within, precision) in the conditions below
    if spec.last:
        stmt = stmt.where(ea.c.date_sort <= spec.last)
    if spec.first and spec.within:
        stmt = stmt.where(ea.c.date_sort >= spec.first)
    conditions = read.event_conditions(conn, spec)
    if conditions:
        stmt = stmt.where(exists().where(e.c.id == ea.c.event_id, *conditions))
    if counterpart is not None:
        other = aliased(schema.event_actors)
        stmt = stmt.where(exists().where(other.c.event_id == ea.c.event_id,
                                         other.c.actor_id.in_(counterpart)))
    # an event twice in the list (both roles) is harmless: the list is used with IN
    return stmt.order_by(ea.c.date_sort, ea.c.event_id).limit(limit)


def _actor_quotes(conn: Connection, actor_ids: list[int], spec: CheckedEvents,
                  limit: int) -> list[Row]:
    q, a = schema.quotes, schema.articles
    stmt = select(q.c.local_id, q.c.kind, q.c.date_value, q.c.date_sort, q.c.date_start,
                  q.c.date_end, q.c.date_precision, q.c.content_text, q.c.content_start,
                  q.c.content_end, q.c.speaker_text, q.c.rule, a.c.id.label("article"),
                  a.c.title).join_from(q, a, a.c.pk == q.c.article_pk).where(
        q.c.speaker_actor_id.in_(actor_ids),
        *read.date_conditions(q, spec.first, spec.last, spec.within, spec.precisions))
    rows = conn.execute(stmt.order_by(q.c.date_sort, q.c.id).limit(limit))
    return [{"kind": "quote", "id": f"{r.article}#{r.local_id}", "local_id": r.local_id,
             "article": r.article, "title": r.title, "type": r.kind, "modality": None,
             "date": r.date_value, "date_sort": r.date_sort, "date_start": r.date_start,
             "date_end": r.date_end, "date_precision": r.date_precision,
             "text": r.content_text, "speaker": r.speaker_text, "rule": r.rule} for r in rows]


def counterparts(conn: Connection, actor_id: int, limit: int = 20) -> list[Row]:
    """The actors this one acts on or is acted on by, with event counts per type."""
    e, mine, other = schema.events, aliased(schema.event_actors), aliased(schema.event_actors)
    stmt = select(other.c.actor_id, mine.c.role, e.c.type,
                  func.count(distinct(e.c.id)).label("events")).select_from(
        mine.join(other, and_(other.c.event_id == mine.c.event_id, other.c.role != mine.c.role))
        .join(e, e.c.id == mine.c.event_id)).where(mine.c.actor_id == actor_id,
                                                   other.c.actor_id != actor_id)
    stmt = stmt.group_by(other.c.actor_id, mine.c.role, e.c.type)
    found: dict[int, Row] = defaultdict(lambda: {"events": 0, "types": {}, "as_source": 0,
                                                 "as_target": 0})
    for row in conn.execute(stmt):
        entry = found[row.actor_id]
        entry["events"] += row.events
        entry["types"][row.type] = entry["types"].get(row.type, 0) + row.events
        entry["as_source" if row.role == "source" else "as_target"] += row.events
    ranked = sorted(found.items(), key=lambda kv: (-kv[1]["events"], kv[0]))[:limit]
    names = actor_names(conn, {actor_id for actor_id, _ in ranked})
    return [{"actor": names.get(i, {"id": i}), **entry} for i, entry in ranked]


def article_summary(conn: Connection, article_id: str) -> Row | None:
    """An article's stored metadata (the record itself comes from ``read.record``)."""
    a = schema.articles
    stmt = select(a.c.pk, a.c.id, a.c.title, a.c.publisher, a.c.url, a.c.path,
                  a.c.published, a.c.document_date, a.c.ingested_at, a.c.pipeline_rules)
    row = conn.execute(stmt.where(a.c.id == article_id)).first()
    if row is None:
        return None
    merged = select(schema.events.c.local_id, schema.events.c.merged_id).where(
        schema.events.c.article_pk == row.pk)
    out = {k: v for k, v in row._mapping.items() if k != "pk"}
    out["merged"] = {r.local_id: r.merged_id for r in conn.execute(merged)}
    return out


def thread_page(conn: Connection, *, actor: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 50,
                offset: int = 0) -> tuple[int, list[Row]]:
    """Stored exchange threads (``store/threads.py``), latest activity first, one page."""
    from dateline.store import threads

    total = threads.thread_count(conn, actor=actor, since=since, until=until)
    rows = threads.thread_list(conn, actor=actor, since=since, until=until, limit=limit,
                               offset=offset)
    return total, rows


def thread(conn: Connection, thread_id: str, as_of: str | None = None) -> Row | None:
    """One stored thread with its steps in order, each with its article, title, publisher
    and the article page's anchor of its evidence (``dateline.exchanges.thread_detail``)."""
    from dateline.exchanges import thread_detail
    from dateline.store import threads

    found = threads.stored_thread(conn, thread_id)
    return None if found is None else thread_detail(found, as_of)
