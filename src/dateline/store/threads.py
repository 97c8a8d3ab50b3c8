"""Exchange threads kept in the store (migration ``0009_threads``), grown as articles are ingested.

Each stored article's in-article threads (its record's ``threads`` key) join the stored thread
they continue, by the rule of ``dateline.exchanges.continues`` (two shared parties, the same
topic, within ``WINDOW_DAYS`` of its latest step), or start a new one. This happens inside the
ingest batch's transaction, so a killed ingest leaves no half-linked thread (on PostgreSQL
under a transaction-scoped advisory lock, so concurrent writers link one after the other).
Deleting or reprocessing an article removes its steps first: a thread left with no step is
dropped, and the others have their parties, topics and summary recomputed from the steps they
keep. A thread's id comes from the article and in-article thread that started it, so it is the
same after a re-ingest. Reads (``dateline threads``, ``thread``, the web pages, export) read
these tables and never relink the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)

from dateline.exchanges import (
    CorpusStep,
    CorpusThread,
    continues,
    corpus_step,
    object_words,
    thread_id,
)
from dateline.intervals import interval
from dateline.record import Record, Thread, thread_from_dict
from dateline.store import schema
from dateline.store.read import chunks

Row = dict[str, Any]
#: Held until the batch commits, so two PostgreSQL writers link threads one after the other
#: and never both start a thread that one of them should have joined.
LINK_LOCK = 7_203_118_043
_STEPS = schema.thread_steps
#: The step columns ``_summary`` reads.
STEP_SUMMARY_COLUMNS = (_STEPS.c.role, _STEPS.c.modality, _STEPS.c.day, _STEPS.c.published,
                        _STEPS.c.step, _STEPS.c.unit_parties, _STEPS.c.unit_topics)
#: Articles read at a time when a migration links the threads of a store written before.
BACKFILL_CHUNK = 100


@dataclass
class Head:
    """What deciding whether an article's thread continues a stored thread needs."""

    pk: int
    id: str
    parties: set[str]
    topics: set[str]
    last_seen: str | None


# -- writing -------------------------------------------------------------------------------------


def link_records(conn: Connection, stored: Iterable[tuple[int, Record]]) -> None:
    """Join the in-article threads of freshly stored records (article pk, record) to the stored
    threads, in date order, and write their steps."""
    from dateline.store.ids import reserve_ids

    todo = to_link(stored)
    if not todo or not _has_threads(conn):
        return
    if conn.dialect.name == "postgresql":  # SQLite writers are serialised by BEGIN IMMEDIATE
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LINK_LOCK})
    pks = reserve_ids(conn, schema.threads, "pk", sum(len(r.threads) for _, r in todo))
    found = assign(_heads(conn), todo, iter(pks))
    write_links(conn, plan_links(found, stored_steps(conn, sorted(found.continued))))


def to_link(stored: Iterable[tuple[int, Record]]) -> list[tuple[int, Record]]:
    """The stored (article pk, record) pairs that have threads, in the order they are linked."""
    return sorted(((pk, r) for pk, r in stored if r.threads),
                  key=lambda item: (item[1].document_date or "", item[1].id))


@dataclass
class Assigned:
    """Which stored or new thread each in-article thread of a batch joins (``assign``)."""

    steps: list[Row] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # the record id of each step
    started: dict[int, Row] = field(default_factory=dict)  # new threads: pk -> id, object
    continued: set[int] = field(default_factory=set)  # stored threads joined


@dataclass
class Links:
    """The rows linking a batch writes: new threads (summaries included), steps, and the new
    summaries of the stored threads they continue."""

    started: list[Row] = field(default_factory=list)
    steps: list[Row] = field(default_factory=list)
    updates: list[Row] = field(default_factory=list)


def assign(heads: list[Head], todo: list[tuple[int, Record]], pks: Iterator[int]) -> Assigned:
    """Join each in-article thread of ``todo`` (see ``to_link``) to the first head it continues,
    or start a thread with the next of ``pks``; ``heads`` are every stored thread, by pk."""
    found = Assigned()
    stored = {head.pk for head in heads}
    taken = {head.id for head in heads}
    for pk, record in todo:
        for thread in record.threads:
            head = _join_or_start(heads, record, thread, taken, pks)
            if head.pk in stored:
                found.continued.add(head.pk)
            elif head.pk not in found.started:
                found.started[head.pk] = {"pk": head.pk, "id": head.id, "object":
                                          thread.object.text if thread.object else None}
            rows = _step_rows(head.pk, pk, record, thread)
            found.steps += rows
            found.articles += [record.id] * len(rows)
    return found


def plan_links(found: Assigned, stored: dict[int, list[Row]]) -> Links:
    """The rows to write, given the steps already stored in the continued threads."""
    steps: dict[int, list[Row]] = {pk: list(stored.get(pk, [])) for pk in
                                   [*found.continued, *found.started]}
    for row, article in zip(found.steps, found.articles, strict=True):
        steps[row["thread_pk"]].append({**row, "article": article})
    links = Links(steps=found.steps)
    for pk, values in steps.items():
        summary = _summary(values)
        if pk in found.started:
            links.started.append({**found.started[pk], **summary})
        else:
            links.updates.append({"pk": pk, **summary})
    links.started.sort(key=lambda row: int(row["pk"]))
    links.updates.sort(key=lambda row: int(row["pk"]))
    return links


def write_links(conn: Connection, links: Links) -> None:
    """Write ``plan_links`` rows through SQLAlchemy (new threads first: steps refer to them)."""
    t = schema.threads
    if links.started:
        conn.execute(insert(t), links.started)
    if links.steps:
        conn.execute(insert(schema.thread_steps), links.steps)
    if links.updates:
        values: Row = {name: bindparam(f"v_{name}") for name in links.updates[0] if name != "pk"}
        stmt = update(t).where(t.c.pk == bindparam("v_pk")).values(**values)
        conn.execute(stmt, [{f"v_{k}": v for k, v in row.items()} for row in links.updates])


def stored_steps(conn: Connection, thread_pks: list[int]) -> dict[int, list[Row]]:
    """The stored steps of these threads, in the order they were written, with what
    ``_summary`` reads."""
    s, a = schema.thread_steps, schema.articles
    out: dict[int, list[Row]] = {pk: [] for pk in thread_pks}
    for chunk in chunks(thread_pks):
        stmt = (select(s.c.thread_pk, *STEP_SUMMARY_COLUMNS, a.c.id.label("article"))
                .join(a, a.c.pk == s.c.article_pk).where(s.c.thread_pk.in_(chunk))
                .order_by(s.c.id))
        for row in conn.execute(stmt):
            out[row.thread_pk].append(dict(row._mapping))
    return out


def forget_article(conn: Connection, article_pk: int) -> None:
    """Remove an article's steps from its threads (before the article is deleted)."""
    if not _has_threads(conn):
        return
    steps = schema.thread_steps
    touched = set(conn.scalars(select(steps.c.thread_pk)
                               .where(steps.c.article_pk == article_pk).distinct()))
    if touched:
        conn.execute(delete(steps).where(steps.c.article_pk == article_pk))
        refresh(conn, touched)


def _has_threads(conn: Connection) -> bool:
    """Whether the store has ``0009_threads`` (a store opened without migrating may not: its
    threads are linked by the migration, when it runs)."""
    return inspect(conn).has_table(schema.thread_steps.name)


def backfill(conn: Connection) -> None:
    """Link the threads of every article already stored, oldest first (``0009_threads``)."""
    from dateline.store.records import stored_record

    a = schema.articles
    ids = list(conn.scalars(select(a.c.id).order_by(
        func.coalesce(a.c.document_date, ""), a.c.id)))
    for start in range(0, len(ids), BACKFILL_CHUNK):
        chunk = ids[start:start + BACKFILL_CHUNK]
        stmt = select(a.c.id, a.c.pk).where(a.c.id.in_(chunk))
        pks = {row.id: row.pk for row in conn.execute(stmt)}
        found = [(pks[i], r) for i in chunk if (r := stored_record(conn, i)) is not None]
        link_records(conn, found)


def _heads(conn: Connection) -> list[Head]:
    t = schema.threads
    rows = conn.execute(select(t.c.pk, t.c.id, t.c.parties, t.c.topics, t.c.last_seen)
                        .order_by(t.c.pk))
    return heads_of(tuple(row) for row in rows)


#: Every stored thread, as ``heads_of`` reads it (for writers that send SQL themselves).
HEADS_SQL = "SELECT pk, id, parties, topics, last_seen FROM threads ORDER BY pk"


def heads_of(rows: Iterable[tuple[Any, ...]]) -> list[Head]:
    """Heads from (pk, id, parties, topics, last_seen) rows."""
    return [Head(int(pk), id_, set(json.loads(parties)), set(json.loads(topics)), last)
            for pk, id_, parties, topics, last in rows]


def _join_or_start(heads: list[Head], record: Record, thread: Thread, taken: set[str],
                   pks: Iterator[int]) -> Head:
    parties, words = set(thread.parties), object_words(thread)
    last = _unit_last_seen(record, thread)
    for head in heads:
        if continues(head.parties, head.topics, head.last_seen, parties, words,
                     record.document_date):
            head.parties |= parties
            head.topics |= words
            head.last_seen = max(filter(None, [head.last_seen, last]), default=None)
            return head
    head = Head(next(pks), _free_id(taken, record.id, thread.id), parties, words, last)
    taken.add(head.id)
    heads.append(head)
    return head


def _free_id(taken: set[str], article: str, local_thread: str) -> str:
    """The first free id for a new thread (``taken``: the ids of every thread, stored or
    started in this batch, read under the link lock)."""
    for attempt in range(1000):
        candidate = thread_id(article, local_thread, attempt)
        if candidate not in taken:
            return candidate
    raise ValueError(f"no free thread id for {article}:{local_thread}")


def _unit_last_seen(record: Record, thread: Thread) -> str | None:
    published = record.published or record.document_date
    days = [d[:10] for s in thread.steps if (d := s.date.end or published)]
    return max(days) if days else None


def _step_rows(thread_pk: int, article_pk: int, record: Record, thread: Thread) -> list[Row]:
    parties, topics = _json(sorted(thread.parties)), _json(sorted(object_words(thread)))
    rows = []
    for seq, step in enumerate(thread.steps, 1):
        found = corpus_step(record, step, thread.id, seq)
        day = step.date.start or found.published
        rows.append({
            "thread_pk": thread_pk, "article_pk": article_pk, "local_thread": thread.id,
            "seq": seq, "role": step.role, "modality": step.modality,
            "day": day[:10] if day else None, "published": found.published,
            "step": _json(asdict(step)), "source": _json(found.source),
            "target": _json(found.target), "unit_parties": parties, "unit_topics": topics})
    return rows


def refresh(conn: Connection, thread_pks: set[int]) -> None:
    """Recompute the parties, topics and summary of these threads from their steps; drop a
    thread that has none left."""
    for pk in sorted(thread_pks):
        steps = _step_summaries(conn, pk)
        t = schema.threads
        if not steps:
            conn.execute(delete(t).where(t.c.pk == pk))
            continue
        conn.execute(update(t).where(t.c.pk == pk).values(**_summary(steps)))


def _step_summaries(conn: Connection, thread_pk: int) -> list[Row]:
    return stored_steps(conn, [thread_pk])[thread_pk]


def _summary(steps: list[Row]) -> Row:
    ordered = sorted(steps, key=lambda r: (r["day"] or "9999", r["published"] or "",
                                           r["article"]))
    days = sorted(d for r in steps if (d := r["day"]))
    seen = [d[:10] for r in steps
            if (d := json.loads(r["step"])["date"].get("end") or r["published"])]
    last = ordered[-1]
    return {
        "parties": _json(sorted({p for r in steps for p in json.loads(r["unit_parties"])})),
        "topics": _json(sorted({w for r in steps for w in json.loads(r["unit_topics"])})),
        "last_seen": max(seen) if seen else None,
        "first_day": days[0] if days else None, "last_day": days[-1] if days else None,
        "n_steps": len(steps), "n_articles": len({r["article"] for r in steps}),
        "state_role": last["role"], "state_modality": last["modality"],
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- reading -------------------------------------------------------------------------------------


def thread_list(conn: Connection, *, actor: str | None = None, since: str | None = None,
                until: str | None = None, limit: int | None = None,
                offset: int = 0) -> list[Row]:
    """Stored threads, latest activity first: a party code, and a period their steps' days
    overlap (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    t = schema.threads
    stmt = select(t).where(*_conditions(actor, since, until)).order_by(
        t.c.last_day.desc(), t.c.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return [_list_row(row._mapping) for row in conn.execute(stmt)]


def thread_count(conn: Connection, *, actor: str | None = None, since: str | None = None,
                 until: str | None = None) -> int:
    """How many threads ``thread_list`` with these filters lists, unpaged."""
    stmt = select(func.count()).select_from(schema.threads).where(
        *_conditions(actor, since, until))
    return int(conn.execute(stmt).scalar_one())


def _conditions(actor: str | None, since: str | None, until: str | None) -> list[Any]:
    t = schema.threads
    out: list[Any] = []
    if actor:
        out.append(t.c.parties.like(f'%"{_like_safe(actor.upper())}"%', escape="\\"))
    if since and (first := interval(since)) is not None:
        out.append(t.c.last_day >= first.start)
    if until and (last := interval(until)) is not None:
        out.append(t.c.first_day <= last.end)
    return out


def _like_safe(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('"', "")


def _list_row(row: Any) -> Row:
    state = f"{row['state_role']} ({row['state_modality']})" if row["state_role"] else None
    return {"id": row["id"], "object": row["object"], "parties": json.loads(row["parties"]),
            "steps": row["n_steps"], "articles": row["n_articles"], "first": row["first_day"],
            "last": row["last_day"], "state": state}


def stored_thread(conn: Connection, thread_id_: str) -> CorpusThread | None:
    """One stored thread with its steps (and each step's article, title and publisher)."""
    t = schema.threads
    row = conn.execute(select(t).where(t.c.id == thread_id_)).first()
    if row is None:
        return None
    return CorpusThread(id=row.id, parties=set(json.loads(row.parties)),
                        topic_words=set(json.loads(row.topics)), object=row.object,
                        steps=_steps(conn, [row.pk])[row.pk])


def stored_threads(conn: Connection) -> list[CorpusThread]:
    """Every stored thread with its steps, oldest first (for export)."""
    t = schema.threads
    rows = conn.execute(select(t).order_by(t.c.pk)).all()
    steps = _steps(conn, [row.pk for row in rows])
    return [CorpusThread(id=row.id, parties=set(json.loads(row.parties)),
                         topic_words=set(json.loads(row.topics)), object=row.object,
                         steps=steps.get(row.pk, [])) for row in rows]


def _steps(conn: Connection, thread_pks: list[int]) -> dict[int, list[CorpusStep]]:
    s, a = schema.thread_steps, schema.articles
    out: dict[int, list[CorpusStep]] = {pk: [] for pk in thread_pks}
    for chunk in chunks(thread_pks):
        stmt = (select(s, a.c.id.label("article"), a.c.title, a.c.publisher)
                .join(a, a.c.pk == s.c.article_pk).where(s.c.thread_pk.in_(chunk))
                .order_by(s.c.id))
        for row in conn.execute(stmt):
            out[row.thread_pk].append(_corpus_step(row))
    return out


def _corpus_step(row: Any) -> CorpusStep:
    data = {"id": "_", "object": None, "parties": [], "steps": [json.loads(row.step)]}
    [step] = thread_from_dict(data).steps
    return CorpusStep(article=row.article, published=row.published, step=step,
                      source=json.loads(row.source), target=json.loads(row.target),
                      local_thread=row.local_thread, seq=row.seq, title=row.title,
                      publisher=row.publisher)
