"""The one typed record dateline produces per article, with exact JSON round-trip.

Every span is standoff: integer character offsets into ``Record.text`` plus the text they cover,
so any consumer can check ``record.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from dateline.intervals import interval

SCHEMA = "dateline.record/2"
#: Every schema this module ever wrote; ``Record.from_json`` reads them all.
READABLE_SCHEMAS = ("dateline.record/1", "dateline.record/2")

ActorKind = Literal["person", "organization", "country", "group"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "reported"]
DateBasis = Literal["explicit", "narrative", "document_date", "unknown"]
DocumentDateSource = Literal["metadata", "argument", "dateline", "timestamp-line", "none"]
RemovedKind = Literal["duplicate-paragraph", "boilerplate", "timestamp-line", "control-chars",
                      "symbol-run"]
CueClass = Literal["speech", "thought", "intention", "document", "perception"]
ThreadRole = Literal["PROPOSE", "REQUEST", "RESPOND", "ACCEPT", "REJECT", "COUNTER", "IMPLEMENT",
                     "BREACH"]
LocationBasis = Literal["clause", "sentence", "paragraph", "dateline"]


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
    aliases: list[str] = field(default_factory=list)  # [2] other names it goes by
    affiliation: str | None = None  # [2] actor id of the body a person speaks or acts for
    source: str | None = None  # [2] where its code came from: lexicon, phoenix, title, context...


@dataclass
class Place:
    """[2] A place the article names that is not acting: where things happen."""

    id: str
    name: str
    feature: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    rule: str | None = None
    mentions: list[Span] = field(default_factory=list)


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
    # [2] the calendar interval of ``value`` (``start``/``end`` are the character offsets)
    date_start: str | None = None
    date_end: str | None = None
    precision: str | None = None

    def __post_init__(self) -> None:
        if self.date_start is None and self.type in {"DATE", "TIME"}:
            self.date_start, self.date_end, self.precision = _interval_fields(self.value)

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
    cue_class: CueClass = "speech"  # [2]
    parts: list[Span] = field(default_factory=list)  # [2] pieces of an interrupted quote


@dataclass
class EventDate:
    value: str | None
    time: str | None
    basis: DateBasis
    start: str | None = None  # [2] first day ``value`` can mean
    end: str | None = None  # [2] last day
    precision: str | None = None  # [2] day, week, month, quarter, season, year, decade

    def __post_init__(self) -> None:
        if self.start is None:
            self.start, self.end, self.precision = _interval_fields(self.value)


@dataclass
class EventLocation:
    """[2] Where an event happened: a place id and how the place was tied to the event."""

    place: str
    basis: LocationBasis


@dataclass
class ThreadStep:
    """[2] One move in an exchange: a proposal, a response, a rejection..."""

    role: ThreadRole
    event: str | None
    quote: str | None
    date: EventDate
    modality: str
    evidence: list[Span]
    rule: str


@dataclass
class Thread:
    """[2] Events and quotes about one object between the same parties, in order."""

    id: str
    object: Span | None
    parties: list[str]
    steps: list[ThreadStep] = field(default_factory=list)


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
    location: EventLocation | None = None  # [2]


@dataclass
class PipelineInfo:
    dateline: str
    model: str
    rules: str
    #: events below this confidence were withheld (None: no confidence stage, or an older record)
    min_confidence: float | None = None


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
    warnings: list[str] = field(default_factory=list)  # [2]
    places: list[Place] = field(default_factory=list)  # [2]
    threads: list[Thread] = field(default_factory=list)  # [2]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        # The schema tag leads so a reader can dispatch before parsing the rest.
        return {"schema": data.pop("schema"), **data}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, raw: str | dict[str, Any]) -> Record:
        """A record from its JSON, in any schema version dateline ever wrote (record/1 lacks the
        fields marked [2]; they take their empty defaults)."""
        data = json.loads(raw) if isinstance(raw, str) else raw
        if data.get("schema") not in READABLE_SCHEMAS:
            raise ValueError(f"not a dateline record: schema={data.get('schema')!r}")
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
            warnings=list(data.get("warnings", [])),
            places=[_place_from(p) for p in data.get("places", [])],
            threads=[_thread_from(t) for t in data.get("threads", [])],
        )

    def spans(self) -> list[Span]:
        """Every span the record carries, for auditing offsets."""
        out: list[Span] = [m for a in self.actors for m in a.mentions]
        out += [t.span for t in self.times]
        out += [m for p in self.places for m in p.mentions]
        for q in self.quotes:
            out.append(q.content)
            out += q.parts
            if q.cue:
                out.append(q.cue)
            if q.speaker:
                out.append(Span(q.speaker.start, q.speaker.end, q.speaker.text))
        for e in self.events:
            out += [e.trigger, e.sentence, *e.mentions]
        for thread in self.threads:
            out += [thread.object] if thread.object else []
            out += [span for step in thread.steps for span in step.evidence]
        return out

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def _actor_from(data: dict[str, Any]) -> Actor:
    values = {k: v for k, v in data.items() if k != "mentions"}
    return Actor(**values, mentions=[Span.from_json(m) for m in data["mentions"]])


def _interval_fields(value: str | None) -> tuple[str | None, str | None, str | None]:
    found = interval(value)
    return (found.start, found.end, found.precision) if found else (None, None, None)


def _place_from(data: dict[str, Any]) -> Place:
    values = {k: v for k, v in data.items() if k != "mentions"}
    return Place(**values, mentions=[Span.from_json(m) for m in data["mentions"]])


def _quote_from(data: dict[str, Any]) -> Quote:
    speaker = Speaker(**data["speaker"]) if data.get("speaker") else None
    cue = Span.from_json(data["cue"]) if data.get("cue") else None
    values = {k: v for k, v in data.items() if k not in {"speaker", "cue", "content", "parts"}}
    return Quote(**values, speaker=speaker, cue=cue, content=Span.from_json(data["content"]),
                 parts=[Span.from_json(p) for p in data.get("parts", [])])


def thread_from_dict(data: dict[str, Any]) -> Thread:
    """A thread from its JSON shape (the stages' tables and ``Record.from_json``)."""
    return _thread_from(data)


def _thread_from(data: dict[str, Any]) -> Thread:
    steps = [
        ThreadStep(**{k: v for k, v in step.items() if k not in {"date", "evidence"}},
                   date=EventDate(**step["date"]),
                   evidence=[Span.from_json(e) for e in step["evidence"]])
        for step in data["steps"]
    ]
    obj = Span.from_json(data["object"]) if data.get("object") else None
    return Thread(id=data["id"], object=obj, parties=list(data["parties"]), steps=steps)


def _event_from(data: dict[str, Any]) -> Event:
    spans = {"trigger", "sentence", "mentions", "date", "location"}
    values = {k: v for k, v in data.items() if k not in spans}
    location = data.get("location")
    return Event(
        **values,
        location=EventLocation(**location) if location else None,
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
    stage: str | None = None  # [2] the pipeline stage that failed, when one did
    rule: str | None = None  # [2] the rule that was running, when known

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.stage:
            error["stage"] = self.stage
        if self.rule:
            error["rule"] = self.rule
        return {"error": error, "source": asdict(self.source)}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def actor_from_dict(data: dict[str, Any]) -> Actor:
    """An actor from its JSON shape (the record's, or a stage's table on a spaCy ``Doc``)."""
    return _actor_from(data)


def quote_from_dict(data: dict[str, Any]) -> Quote:
    return _quote_from(data)


def event_from_dict(data: dict[str, Any]) -> Event:
    return _event_from(data)
