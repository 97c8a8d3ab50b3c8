"""The one typed record dateline produces per article, with exact JSON round-trip.

Every span is standoff: integer character offsets into ``Record.text`` plus the text they cover,
so any consumer can check ``record.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "dateline.record/1"

ActorKind = Literal["person", "organization", "country", "group"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "reported"]
DateBasis = Literal["explicit", "narrative", "document_date", "unknown"]
DocumentDateSource = Literal["metadata", "argument", "dateline", "timestamp-line", "none"]
RemovedKind = Literal["duplicate-paragraph", "boilerplate", "timestamp-line"]


def text_id(text: str) -> str:
    """The content hash that identifies an article: re-ingesting the same text is a no-op."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass
class Source:
    id: str | None = None
    path: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None


@dataclass
class Removed:
    kind: RemovedKind
    text: str


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    rule: str | None = None


@dataclass
class Time:
    id: str
    start: int
    end: int
    text: str
    type: TimeType
    value: str
    mod: str | None = None
    rule: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass
class Speaker:
    start: int
    end: int
    text: str
    actor: str | None = None


@dataclass
class Quote:
    id: str
    kind: QuoteKind
    speaker: Speaker | None
    cue: Span | None
    content: Span
    time: str | None = None
    rule: str | None = None


@dataclass
class EventDate:
    value: str | None
    time: str | None
    basis: DateBasis


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    cameo: str | None
    source: list[str]
    target: list[str]
    date: EventDate
    modality: Modality
    reported_by: str | None
    trigger: Span
    sentence: Span
    rule: str
    confidence: float
    mentions: list[Span] = field(default_factory=list)


@dataclass
class PipelineInfo:
    dateline: str
    model: str
    rules: str


@dataclass
class Record:
    id: str
    source: Source
    published: str | None
    document_date: str | None
    document_date_source: DocumentDateSource
    text: str
    removed: list[Removed] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    pipeline: PipelineInfo | None = None
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        # The schema tag leads so a reader can dispatch before parsing the rest.
        return {"schema": data.pop("schema"), **data}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, raw: str | dict[str, Any]) -> Record:
        data = json.loads(raw) if isinstance(raw, str) else raw
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} record: schema={data.get('schema')!r}")
        return cls(
            id=data["id"],
            source=Source(**data["source"]),
            published=data["published"],
            document_date=data["document_date"],
            document_date_source=data["document_date_source"],
            text=data["text"],
            removed=[Removed(**r) for r in data["removed"]],
            actors=[_actor_from(a) for a in data["actors"]],
            times=[Time(**t) for t in data["times"]],
            quotes=[_quote_from(q) for q in data["quotes"]],
            events=[_event_from(e) for e in data["events"]],
            pipeline=PipelineInfo(**data["pipeline"]) if data.get("pipeline") else None,
        )

    def spans(self) -> list[Span]:
        """Every span the record carries, for auditing offsets."""
        out: list[Span] = [m for a in self.actors for m in a.mentions]
        out += [t.span for t in self.times]
        for q in self.quotes:
            out.append(q.content)
            if q.cue:
                out.append(q.cue)
            if q.speaker:
                out.append(Span(q.speaker.start, q.speaker.end, q.speaker.text))
        for e in self.events:
            out += [e.trigger, e.sentence, *e.mentions]
        return out

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def _actor_from(data: dict[str, Any]) -> Actor:
    values = {k: v for k, v in data.items() if k != "mentions"}
    return Actor(**values, mentions=[Span.from_json(m) for m in data["mentions"]])


def _quote_from(data: dict[str, Any]) -> Quote:
    speaker = Speaker(**data["speaker"]) if data.get("speaker") else None
    cue = Span.from_json(data["cue"]) if data.get("cue") else None
    values = {k: v for k, v in data.items() if k not in {"speaker", "cue", "content"}}
    return Quote(**values, speaker=speaker, cue=cue, content=Span.from_json(data["content"]))


def _event_from(data: dict[str, Any]) -> Event:
    spans = {"trigger", "sentence", "mentions", "date"}
    values = {k: v for k, v in data.items() if k not in spans}
    return Event(
        **values,
        date=EventDate(**data["date"]),
        trigger=Span.from_json(data["trigger"]),
        sentence=Span.from_json(data["sentence"]),
        mentions=[Span.from_json(m) for m in data.get("mentions", [])],
    )


@dataclass
class ErrorRecord:
    """What a batch yields for an article it could not process: never silence."""

    code: str
    message: str
    source: Source

    def to_dict(self) -> dict[str, Any]:
        error = {"code": self.code, "message": self.message}
        return {"error": error, "source": asdict(self.source)}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
