"""What the stages share on a spaCy ``Doc``, in a form spaCy can serialise.

Each stage writes its output twice: span groups ``doc.spans["dateline_<stage>"]`` (ids in
``kb_id_``) for spaCy users, and msgpack-safe tables in ``doc.user_data`` (the record's JSON
shapes, under ``"dateline.<table>"``) from which the typed objects are rebuilt. So ``DocBin``,
``Doc.to_bytes`` and ``nlp.pipe(n_process=N)`` carry everything, and nothing is set up at import.

Stages never pass loose dicts: ``state_of(doc)`` is a typed ``DocState`` rebuilt from the tables
(while a stage runs, the one it is filling), and ``times(doc)``, ``actors(doc)``, ``quotes(doc)``,
``events(doc)`` read one table each.

A doc that never leaves the process (``extract_many`` in one process: its records are built from
the doc and the doc is dropped) is marked by ``keep_typed``: its stages keep the typed objects
in the tables' places (a ``Typed`` holder, which msgpack refuses, so such a doc cannot be
serialised by mistake) and write no span groups, and the next stage and the record take the
objects as they are instead of converting them to plain data and back.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from spacy.tokens import Doc, Span

from dateline.errors import DatelineError
from dateline.record import (
    Actor,
    Event,
    Quote,
    Thread,
    Time,
    actor_from_dict,
    event_from_dict,
    quote_from_dict,
    thread_from_dict,
)
from dateline.record import Span as TextSpan
from dateline.stages.timex import Point

PREFIX = "dateline."
#: ``doc.user_data`` flag set by ``keep_typed``.
TYPED = PREFIX + "typed"
#: The tables each stage writes, by stage.
TABLES = {"times": ("times", "time_anchors"), "actors": ("actors", "mentions"),
          "quotes": ("quotes",), "events": ("events",), "threads": ("threads",)}


@dataclass
class ActorMention:
    """A token span of the doc that refers to an actor, and how it was resolved."""

    start: int  # token index
    end: int  # token index (exclusive)
    actor_id: str
    rule: str


@dataclass
class TimeAnchor:
    """Where a time expression sits in the parse, for answering "when" questions."""

    time: Time
    start: int  # token index
    end: int
    clause: int  # token index of the governing verb
    point: Point | None
    relational: bool


@dataclass
class DocState:
    document_date: dt.date | None = None
    dateline_end: int | None = None  # character offset where a wire dateline ends
    times: list[Time] = field(default_factory=list)
    time_anchors: list[TimeAnchor] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    threads: list[Thread] = field(default_factory=list)
    #: token index -> indexes into ``mentions`` of every mention covering the token
    token_mention: dict[int, list[int]] = field(default_factory=dict)
    #: indexes built from the tables while a stage runs (never written to the doc)
    derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def actor(self, actor_id: str) -> Actor | None:
        for actor in self.actors:  # a loop, not next() over a generator: asked very often
            if actor.id == actor_id:
                return actor
        return None

    def mention_at(self, token_index: int) -> ActorMention | None:
        positions = self.token_mention.get(token_index)
        return self.mentions[positions[0]] if positions else None

    def mentions_at(self, token_index: int) -> list[ActorMention]:
        """Every mention covering a token ("Iranian and Saudi officials" names two groups)."""
        positions = self.token_mention.get(token_index)
        if not positions:
            return []  # most tokens: no comprehension to run (asked per token of sentences)
        return [self.mentions[p] for p in positions]

    def index_mentions(self) -> None:
        self.token_mention = {}
        for position, mention in enumerate(self.mentions):
            for i in range(mention.start, mention.end):
                self.token_mention.setdefault(i, []).append(position)

    @classmethod
    def read(cls, doc: Doc, stages: tuple[str, ...] = tuple(TABLES)) -> DocState:
        """The typed state rebuilt from the doc's tables (those of ``stages`` only)."""
        anchor = doc.user_data.get(PREFIX + "document_date")
        state = cls(document_date=dt.date.fromisoformat(anchor) if anchor else None,
                    dateline_end=doc.user_data.get(PREFIX + "dateline_end"))
        if "times" in stages:
            state.times = _items(doc, "times", _time_from)
            by_id = {t.id: t for t in state.times}
            state.time_anchors = _items(doc, "time_anchors",
                                        lambda a: _anchor_from(a, by_id))
        if "actors" in stages:
            state.actors = _items(doc, "actors", actor_from_dict)
            state.mentions = _items(doc, "mentions", _mention_from)
            state.index_mentions()
        if "quotes" in stages:
            state.quotes = _items(doc, "quotes", quote_from_dict)
        if "events" in stages:
            state.events = _items(doc, "events", event_from_dict)
        if "threads" in stages:
            state.threads = _items(doc, "threads", thread_from_dict)
        return state

    def write(self, doc: Doc, stage: str) -> None:
        """Publish the tables and span groups a stage fills (on a ``keep_typed`` doc, the
        objects themselves and no span groups)."""
        if doc.user_data.get(TYPED):
            for table in TABLES[stage]:
                doc.user_data[PREFIX + table] = Typed(list(getattr(self, table)))
            return
        for table in TABLES[stage]:
            doc.user_data[PREFIX + table] = [_plain(item) for item in getattr(self, table)]
        _SPAN_WRITERS[stage](doc, self)


class Typed:
    """A table of a ``keep_typed`` doc: the stage's objects as they are (never serialised)."""

    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items


def keep_typed(doc: Doc) -> Doc:
    """Mark a doc whose stages keep their objects typed: for a doc that is never serialised
    (it stays in this process and is dropped once its record is built)."""
    doc.user_data[TYPED] = True
    return doc


def _items(doc: Doc, name: str, build: Any) -> list[Any]:
    """A table's objects: a copy of the list a ``keep_typed`` doc holds (the objects
    themselves), else built from the rows."""
    value = doc.user_data.get(PREFIX + name)
    if type(value) is Typed:
        return list(value.items)
    return [build(row) for row in table(doc, name)]


def _time_from(data: dict[str, Any]) -> Time:
    return Time(**data)


def _mention_from(data: dict[str, Any]) -> ActorMention:
    return ActorMention(**data)


def table(doc: Doc, name: str) -> list[dict[str, Any]]:
    """A table of the doc as JSON-shaped rows. msgpack gives lists back as tuples (a doc from
    ``DocBin`` or a worker process): those are turned back into lists."""
    rows = doc.user_data.get(PREFIX + name, [])
    if type(rows) is Typed:
        return [_plain(item) for item in rows.items]
    if isinstance(rows, tuple):
        converted: list[dict[str, Any]] = _as_lists(rows)
        return converted
    found: list[dict[str, Any]] = rows
    return found


def _as_lists(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_as_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_lists(v) for k, v in value.items()}
    return value


def _plain(item: Any) -> dict[str, Any]:
    if isinstance(item, TimeAnchor):
        point = [item.point.date.isoformat(), item.point.grain] if item.point else None
        return {"time": item.time.id, "start": item.start, "end": item.end,
                "clause": item.clause, "point": point, "relational": item.relational}
    plain: dict[str, Any] = _to_plain(item)
    return plain


def _to_plain(value: Any) -> Any:
    """A dataclass as its JSON shape (``dataclasses.asdict`` without its deep copies)."""
    if type(value) in _SCALARS:
        return value  # most values: no dataclass test
    if type(value) is TextSpan:  # the commonest dataclass (mentions, triggers): its fields
        return {"start": value.start, "end": value.end, "text": value.text}  # as the loop would
    names = _FIELDS.get(type(value))
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS.setdefault(type(value), tuple(f.name for f in fields(value)))
    if names is not None:
        return {name: _to_plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_to_plain(item) for item in value]
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _anchor_from(data: dict[str, Any], times: dict[str, Time]) -> TimeAnchor:
    point = data["point"]
    return TimeAnchor(times[data["time"]], data["start"], data["end"], data["clause"],
                      Point(dt.date.fromisoformat(point[0]), point[1]) if point else None,
                      data["relational"])


# --- span groups -------------------------------------------------------------------------------


def _char_spans(doc: Doc, items: list[tuple[int, int, str, str]]) -> list[Any]:
    spans = []
    for start, end, label, kb_id in items:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _time_spans(doc: Doc, state: DocState) -> None:
    doc.spans["dateline_times"] = _char_spans(
        doc, [(t.start, t.end, t.type, t.id) for t in state.times])


def _actor_spans(doc: Doc, state: DocState) -> None:
    kinds = {a.id: a.kind for a in state.actors}
    doc.spans["dateline_actors"] = [
        Span(doc, m.start, m.end, label=kinds.get(m.actor_id, ""), kb_id=m.actor_id)
        for m in state.mentions]


def _quote_spans(doc: Doc, state: DocState) -> None:
    doc.spans["dateline_quotes"] = _char_spans(
        doc, [(q.content.start, q.content.end, q.kind, q.id) for q in state.quotes])


def _event_spans(doc: Doc, state: DocState) -> None:
    doc.spans["dateline_events"] = _char_spans(
        doc, [(m.start, m.end, e.type, e.id) for e in state.events for m in e.mentions])


def _thread_spans(doc: Doc, state: DocState) -> None:
    doc.spans["dateline_threads"] = _char_spans(
        doc, [(e.start, e.end, s.role, t.id) for t in state.threads for s in t.steps
              for e in s.evidence])


_SPAN_WRITERS = {"times": _time_spans, "actors": _actor_spans, "quotes": _quote_spans,
                 "events": _event_spans, "threads": _thread_spans}


# --- access ------------------------------------------------------------------------------------

_RUNNING: ContextVar[tuple[Doc, DocState] | None] = ContextVar("dateline_state", default=None)


@contextmanager
def stage_view(doc: Doc, reads: tuple[str, ...] = tuple(TABLES)) -> Iterator[DocState]:
    """The typed state of a doc for the duration of a stage's call (with the tables of the
    stages in ``reads``): rules that ask ``state_of(doc)`` meanwhile get this one object."""
    state = DocState.read(doc, reads)
    token = _RUNNING.set((doc, state))
    try:
        yield state
    finally:
        _RUNNING.reset(token)


def state_of(doc: Doc) -> DocState:
    """The typed state of a doc: the running stage's, else rebuilt from the tables."""
    running = _RUNNING.get()
    if running is not None and running[0] is doc:
        return running[1]
    return DocState.read(doc)


def set_inputs(doc: Doc, document_date: str | None, dateline_end: int | None = None,
               min_confidence: float | None = None) -> Doc:
    """What extraction needs besides the text: the anchor date, where a dateline ends, and the
    confidence below which events are withheld (None: the confidence stage's own setting)."""
    doc.user_data[PREFIX + "document_date"] = document_date
    doc.user_data[PREFIX + "dateline_end"] = dateline_end
    doc.user_data[PREFIX + "min_confidence"] = min_confidence
    return doc


def min_confidence_of(doc: Doc) -> float | None:
    """The threshold this doc's caller asked for (``set_inputs``), if any."""
    value = doc.user_data.get(PREFIX + "min_confidence")
    return float(value) if value is not None else None


def record_error(doc: Doc, stage: str, exc: Exception) -> None:
    """Note a stage's failure on the doc: a dateline error keeps its code and message (a
    ``timeout``), anything else is an ``extraction`` failure naming the exception."""
    if isinstance(exc, DatelineError):
        code, message = exc.code, str(exc)
    else:
        code, message = "extraction", f"extraction failed: {type(exc).__name__}: {exc}"
    doc.user_data[PREFIX + "error"] = {"stage": stage, "code": code, "message": message}


def start_clock(doc: Doc) -> None:
    """Note when the pipeline started on this doc (once), for its time budget. A monotonic
    clock is one clock for every process on the machine, so worker processes agree."""
    doc.user_data.setdefault(PREFIX + "started", time.monotonic())


def seconds_left(doc: Doc, budget: float) -> float:
    """What is left of the doc's time budget (``budget`` <= 0: no budget, infinite)."""
    if budget <= 0:
        return float("inf")
    started = doc.user_data.get(PREFIX + "started")
    spent = time.monotonic() - started if isinstance(started, float) else 0.0
    return budget - spent


def error_of(doc: Doc) -> dict[str, str] | None:
    """The failure a stage recorded on the doc (stage, message), if any."""
    error = doc.user_data.get(PREFIX + "error")
    return dict(error) if error is not None else None


def times(doc: Doc) -> list[Time]:
    found: list[Time] = _items(doc, "times", _time_from)
    return found


def actors(doc: Doc) -> list[Actor]:
    found: list[Actor] = _items(doc, "actors", actor_from_dict)
    return found


def quotes(doc: Doc) -> list[Quote]:
    found: list[Quote] = _items(doc, "quotes", quote_from_dict)
    return found


def threads(doc: Doc) -> list[Thread]:
    found: list[Thread] = _items(doc, "threads", thread_from_dict)
    return found


def events(doc: Doc) -> list[Event]:
    found: list[Event] = _items(doc, "events", event_from_dict)
    return found
