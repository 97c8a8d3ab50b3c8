"""Exchange threads across articles: in-article threads joined when they concern the same object
between the same parties, and a thread's state as of any date.

The threads stage (``stages/threads.py``) finds each article's threads; ``link_threads`` joins
them over a corpus of records in date order: an article's thread joins an earlier corpus thread
when they share two parties (or all of the article thread's parties), the same topic, and it
starts within ``WINDOW_DAYS`` of the corpus thread's latest step. Conflicting accounts (one side
says it accepted, the other denies it) stay side by side as steps with their own sources.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from dateline.intervals import interval
from dateline.record import Record, Thread, ThreadStep
from dateline.yamlio import safe_load

#: How long after an exchange's latest step a new article may still continue it.
WINDOW_DAYS = 120


@dataclass
class CorpusStep:
    """A thread step with the article it was reported in."""

    article: str
    published: str | None
    step: ThreadStep
    source: list[str]
    target: list[str]
    #: The in-article thread and step number: the article page's anchor ``{thread}-s{seq}``.
    local_thread: str | None = None
    seq: int | None = None
    #: The article's title and publisher, where the caller knows them (the store does).
    title: str | None = None
    publisher: str | None = None

    @property
    def anchor(self) -> str | None:
        return f"{self.local_thread}-s{self.seq}" if self.local_thread and self.seq else None


@dataclass
class CorpusThread:
    id: str
    parties: set[str]
    topic_words: set[str]
    object: str | None
    steps: list[CorpusStep] = field(default_factory=list)

    def last_day(self) -> str | None:
        days = [s.step.date.end or s.published for s in self.steps]
        known = [d for d in days if d]
        return max(known) if known else None

    def ordered(self) -> list[CorpusStep]:
        return sorted(self.steps, key=lambda s: (s.step.date.start or s.published or "9999",
                                                 s.published or "", s.article))

    def state(self, as_of: str | None = None) -> CorpusStep | None:
        """The last step on or before ``as_of`` (hinted and hypothetical steps included, with
        their modality): where the exchange stands on that day (the last day of a month or
        year given as ``YYYY-MM`` or ``YYYY``)."""
        cutoff = _cutoff(as_of)
        steps = [s for s in self.ordered()
                 if cutoff is None or (s.step.date.start or s.published or "") <= cutoff]
        return steps[-1] if steps else None


def _cutoff(as_of: str | None) -> str | None:
    """The last day ``as_of`` can mean (``2022-01`` -> ``2022-01-31``), or ``as_of`` as is."""
    found = interval(as_of)
    return found.end if found is not None else as_of


def link_threads(records: Iterable[Record]) -> list[CorpusThread]:
    """Corpus threads from the in-article threads of ``records`` (any order)."""
    ordered = sorted(records, key=lambda r: (r.document_date or "", r.id))
    threads: list[CorpusThread] = []
    for record in ordered:
        for thread in record.threads:
            _join_or_start(record, thread, threads)
    return threads


def _join_or_start(record: Record, thread: Thread, threads: list[CorpusThread]) -> None:
    parties = set(thread.parties)
    words = object_words(thread)
    steps = [corpus_step(record, step, thread.id, seq)
             for seq, step in enumerate(thread.steps, 1)]
    for existing in threads:
        if continues(existing.parties, existing.topic_words, existing.last_day(), parties,
                     words, record.document_date):
            existing.steps += steps
            existing.parties |= parties
            existing.topic_words |= words
            return
    name = thread.object.text if thread.object else None
    threads.append(CorpusThread(id=thread_id(record.id, thread.id), parties=parties,
                                topic_words=words, object=name, steps=steps))


def thread_id(article: str, local_thread: str, attempt: int = 0) -> str:
    """A corpus thread's public id, from the article and in-article thread that started it
    (``attempt`` > 0: the next candidate when that id is taken)."""
    key = f"{article}:{local_thread}" + (f":{attempt}" if attempt else "")
    return "x" + hashlib.sha256(key.encode()).hexdigest()[:12]


def continues(thread_parties: set[str], thread_topics: set[str], last: str | None,
              parties: set[str], words: set[str], day: str | None) -> bool:
    """Whether an article's thread (``parties``, topic ``words``, article ``day``) continues a
    corpus thread with these parties, topics and latest day."""
    shared = thread_parties & parties
    if len(shared) < min(2, len(parties)):
        return False
    if thread_topics and words and not thread_topics & words:
        return False
    if day and last:
        gap = dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(last[:10])
        return gap.days <= WINDOW_DAYS
    return True


@cache
def _topics() -> dict[str, str]:
    """Word -> topic from the built-in ``lexicon/threads.yaml`` (read directly: this module is
    used by store commands, which never load the pipeline)."""
    raw = resources.files("dateline").joinpath("lexicon", "threads.yaml").read_text("utf-8")
    data = safe_load(raw)
    return {word: topic for topic, words in data["topics"].items() for word in words}


def object_words(thread: Thread) -> set[str]:
    """The topic of a thread's object ("ceasefire", "sanctions"...; see ``lexicon/threads.yaml``),
    as a one-word set; empty for a general exchange, which joins any topic of its parties."""
    if thread.object is None:
        return set()
    topics = _topics()
    for word in thread.object.text.lower().replace("-", " ").split():
        stem = word.strip(".,'’\"")
        topic = topics.get(stem) or topics.get(stem.removesuffix("s"))
        if topic:
            return {topic}
    return set()


def corpus_step(record: Record, step: ThreadStep, local_thread: str | None = None,
                seq: int | None = None) -> CorpusStep:
    event = next((e for e in record.events if e.id == step.event), None)
    codes = {a.id: a.country for a in record.actors}
    source = sorted({c for i in (event.source if event else []) if (c := codes.get(i))})
    target = sorted({c for i in (event.target if event else []) if (c := codes.get(i))})
    return CorpusStep(article=record.id, published=record.published or record.document_date,
                      step=step, source=source, target=target, local_thread=local_thread,
                      seq=seq, title=record.source.title, publisher=record.source.publisher)


def thread_rows(threads: list[CorpusThread], *, actor: str | None = None,
                since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """One summary row per thread (for ``dateline threads``), filtered by a party code and by
    the dates of its steps, latest activity first."""
    rows = []
    for thread in threads:
        if actor and actor.upper() not in thread.parties:
            continue
        days = sorted(d for s in thread.steps if (d := s.step.date.start or s.published))
        if (since and (not days or days[-1] < since)) or (until and (not days or days[0] > until)):
            continue
        state = thread.state()
        rows.append({
            "id": thread.id, "object": thread.object, "parties": sorted(thread.parties),
            "steps": len(thread.steps), "articles": len({s.article for s in thread.steps}),
            "first": days[0] if days else None, "last": days[-1] if days else None,
            "state": f"{state.step.role} ({state.step.modality})" if state else None,
        })
    return sorted(rows, key=lambda r: (r["last"] or "", r["id"]), reverse=True)


def thread_detail(thread: CorpusThread, as_of: str | None = None) -> dict[str, Any]:
    """A thread with its steps in order (those after ``as_of`` left out) and its state then."""
    cutoff = _cutoff(as_of)
    steps = [s for s in thread.ordered()
             if cutoff is None or (s.step.date.start or s.published or "") <= cutoff]
    state = thread.state(as_of)
    return {
        "id": thread.id, "object": thread.object, "parties": sorted(thread.parties),
        "as_of": as_of,
        "state": None if state is None else {"role": state.step.role,
                                             "modality": state.step.modality,
                                             "date": state.step.date.value,
                                             "article": state.article},
        "steps": [{"role": s.step.role, "modality": s.step.modality,
                   "date": s.step.date.value, "date_start": s.step.date.start,
                   "date_end": s.step.date.end, "article": s.article, "published": s.published,
                   "undated": s.step.date.start is None, "title": s.title,
                   "publisher": s.publisher, "anchor": s.anchor,
                   "source": s.source, "target": s.target, "event": s.step.event,
                   "quote": s.step.quote, "rule": s.step.rule,
                   "evidence": [{"start": e.start, "end": e.end, "text": e.text}
                                for e in s.step.evidence]}
                  for s in steps],
    }
