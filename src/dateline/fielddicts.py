"""The event-data field's dictionaries, as imported into ``lexicon/field/`` (typed, read-only).

The files are written by ``scripts/import_field.py`` from the PETRARCH/Phoenix dictionaries
(Open Event Data Alliance, MIT) and the NGEC-2025 agents and countries (MIT); see
``lexicon/field/MANIFEST.json`` for sources, commits and parse problems, and the licence notices
beside the data. Nothing is read at import time; every loader reads its file once per process.

All words are lower case; ``exact`` marks a dictionary word or phrase written with a trailing
underscore ("must end here": match the whole word, not a word that merely starts with it).

Dated actor codes (``actor_codes_on``): a code holds from ``start`` (inclusive) until ``end``
(exclusive: on a hand-over day the successor's code holds), ``None`` meaning open. On a given day
an actor's codes are, in order of preference:

1. the dated codes whose interval contains the day;
2. otherwise its undated codes (a country, an organisation, or a person's fallback such as
   ``[HTIELI]`` or ``[---]``, the latter meaning "no code");
3. otherwise, when a dated code ended before the day, the former-official code: the country of
   the most recently ended code followed by ``ELI`` (``USAGOV`` ended -> ``USAELI``); no code when
   that country is not a state (``IGO``, ``NGO``, ``MNC``, ...) or the ended code has no role
   part (a state that ceased to exist: ``[CSK 19930101-...]``, not a person);
4. otherwise (every role starts after the day) no code.

An ended role is never returned as if it still held.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from dateline.errors import LexiconError

__all__ = [
    "FORMAT",
    "NON_STATE_PREFIXES",
    "ActorCode",
    "ActorName",
    "Agent",
    "CameoPattern",
    "Country",
    "Discard",
    "PatternToken",
    "PhoenixActor",
    "Plover",
    "SynonymSet",
    "Verb",
    "VerbBlock",
    "Word",
    "actor_codes_on",
    "actors_by_name",
    "agents",
    "cameo_patterns",
    "countries",
    "discards",
    "manifest",
    "phoenix_actors",
    "synonym_sets",
    "verb_blocks",
]

#: Version of the layout of the files under ``lexicon/field/``.
FORMAT = "dateline.field/1"

#: Country parts of CAMEO actor codes that are not states: no former-official code for them.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "MNC", "IMG", "UIS", "INT", "ELI", "---"})

TokenKind = Literal[
    "word", "set", "source", "target", "skip", "compound", "noun_phrase", "prep_phrase"
]


@dataclass(frozen=True, slots=True)
class Word:
    """A dictionary word or phrase: its alternative forms (``TO/FOR``) and the exact flag."""

    forms: tuple[str, ...]
    exact: bool = False


@dataclass(frozen=True, slots=True)
class SynonymSet:
    """``&NAME`` in the CAMEO verb dictionary and its ``+WORD`` members."""

    name: str
    members: tuple[Word, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Plover:
    """The PLOVER event type (and mode) of a CAMEO code; ``basis`` says how it was found."""

    type: str
    mode: str | None
    basis: Literal["code", "root"]


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of a CAMEO verb block: lemma (``ask for``), irregular forms, its own code(s)."""

    lemma: str
    forms: tuple[str, ...]
    cameo: str | None
    cameo_reverse: str | None
    plover: Plover | None
    plover_reverse: Plover | None
    line: int


@dataclass(frozen=True, slots=True)
class VerbBlock:
    """``--- DEMAND [100] ---`` and its verbs; ``cameo`` is the block's default code.

    Codes of blocks and verbs read as those of patterns (``[042:043]``: ``cameo_reverse``).
    """

    name: str
    cameo: str | None
    cameo_reverse: str | None
    plover: Plover | None
    plover_reverse: Plover | None
    verbs: tuple[Verb, ...]
    line: int


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One element of a CAMEO pattern.

    ``word`` (``forms`` and ``exact``), ``set`` (``forms[0]`` names the synonym set), ``source``
    (``$``), ``target`` (``+``), ``skip`` (``^``, a noun phrase whose actor is not coded),
    ``compound`` (``%``, source and target together), ``noun_phrase`` (``{...}``) and
    ``prep_phrase`` (``(...)``, optional prepositional phrase) with their ``children``.
    """

    kind: TokenKind
    forms: tuple[str, ...] = ()
    exact: bool = False
    children: tuple[PatternToken, ...] = ()


@dataclass(frozen=True, slots=True)
class CameoPattern:
    """A pattern line of a verb block (``- * COOPERATION [022] # URGE``).

    ``before``/``after`` are the tokens before and after the verb (``*``): subject side and
    object side. ``cameo`` is coded source -> target, ``cameo_reverse`` target -> source (the
    ``[042:043]`` pairs); both ``None`` for ``[---]``, a pattern that matches and codes nothing.
    ``origin`` names the verb lemmas the pattern was written for (its comment); the pattern
    belongs to every verb of ``block``. CAMEO 01/02 codes are kept with ``plover`` ``None``.
    """

    id: str
    block: str
    origin: tuple[str, ...]
    before: tuple[PatternToken, ...]
    after: tuple[PatternToken, ...]
    cameo: str | None
    cameo_reverse: str | None
    plover: Plover | None
    plover_reverse: Plover | None
    line: int
    raw: str


@dataclass(frozen=True, slots=True)
class ActorName:
    text: str
    exact: bool


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A CAMEO actor code, split: ``IGOWSTNAT`` -> country ``IGO``, roles ``(WST, NAT)``.

    ``country`` is ISO-3 for most states and a CAMEO-only code otherwise (``IGO``, ``NGO``,
    ``MNC``, ...); ``None`` for a bare sector (``[ELI]``) and for ``[---]`` (no code).
    """

    code: str
    country: str | None
    roles: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def is_null(self) -> bool:
        return self.code == "---"

    def holds_on(self, day: dt.date) -> bool:
        after_start = self.start is None or self.start <= day
        return after_start and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class PhoenixActor:
    """A named actor: its names (first is primary), dated codes, file and first line."""

    id: str
    names: tuple[ActorName, ...]
    codes: tuple[ActorCode, ...]
    file: Literal["countries", "international", "milnonstate"]
    line: int


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic agent noun (``soldier`` -> MIL); ``forms`` holds every spelling, primary first.

    Regular plurals are not listed (the dictionary expects the matcher to make them).
    ``person`` marks entries written with ``!PERSON!`` (``-man``, ``-woman``, ``-person``).
    """

    phrase: str
    forms: tuple[str, ...]
    code: str
    sectors: tuple[str, ...]
    person: bool
    exact: bool
    source: Literal["ngec", "phoenix"]
    line: int


@dataclass(frozen=True, slots=True)
class Discard:
    """A phrase whose sentence (``scope`` sentence) or whole story PETRARCH discards."""

    phrase: str
    scope: Literal["sentence", "story"]
    exact: bool
    line: int


@dataclass(frozen=True, slots=True)
class Country:
    """A row of NGEC's countries table.

    ``code`` is ISO-3 for states (``XKX`` for Kosovo) and a CAMEO code for the EU (``EUR``),
    the UN (``UNO``) and breakaway regions (``GEOPRE``). ``iso2`` is ``None`` where the table
    has none. ``adjectives``, ``demonyms`` (plural nouns) and ``names`` (other names of the
    place and its territories) split the table's one nationality column by a heuristic.
    """

    iso2: str | None
    name: str
    code: str
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    names: tuple[str, ...]


# ---- reading ------------------------------------------------------------------------------


def _rows(filename: str) -> Iterator[dict[str, Any]]:
    """The records of ``lexicon/field/<filename>`` after its header line (checked)."""
    resource = resources.files("dateline").joinpath("lexicon", "field", filename)
    try:
        data = resource.read_bytes()
        if filename.endswith(".gz"):
            data = gzip.decompress(data)
        lines = data.decode("utf-8").splitlines()
        header = json.loads(lines[0])
    except (OSError, ValueError, IndexError) as exc:
        raise LexiconError(f"cannot read field dictionary {filename}: {exc}") from exc
    if header.get("format") != FORMAT:
        raise LexiconError(f"{filename}: format {header.get('format')!r}, expected {FORMAT}")
    for line in lines[1:]:
        yield json.loads(line)


def _plover(data: dict[str, Any] | None) -> Plover | None:
    return None if data is None else Plover(data["type"], data["mode"], data["basis"])


def _token(data: dict[str, Any]) -> PatternToken:
    return PatternToken(
        kind=data["kind"],
        forms=tuple(data.get("forms", ())),
        exact=data.get("exact", False),
        children=tuple(_token(child) for child in data.get("children", ())),
    )


def _word(data: dict[str, Any]) -> Word:
    return Word(tuple(data["forms"]), data.get("exact", False))


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _actor_code(data: dict[str, Any]) -> ActorCode:
    return ActorCode(
        data["code"], data["country"], tuple(data["roles"]),
        _date(data["start"]), _date(data["end"]),
    )


@cache
def manifest() -> Mapping[str, Any]:
    """``lexicon/field/MANIFEST.json``: sources, commits, licences, counts, parse problems."""
    resource = resources.files("dateline").joinpath("lexicon", "field", "MANIFEST.json")
    try:
        loaded: Mapping[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"cannot read field dictionary manifest: {exc}") from exc
    return loaded


@cache
def synonym_sets() -> Mapping[str, SynonymSet]:
    """CAMEO synonym sets by name (without the ``&``)."""
    sets = (synonym_set_from(row) for row in _rows("cameo_synsets.jsonl"))
    return {s.name: s for s in sets}


@cache
def verb_blocks() -> tuple[VerbBlock, ...]:
    """CAMEO verb blocks in file order."""
    return tuple(verb_block_from(row) for row in _rows("cameo_verbs.jsonl.gz"))


@cache
def cameo_patterns() -> tuple[CameoPattern, ...]:
    """Every CAMEO verb pattern in file order."""
    return tuple(pattern_from(row) for row in _rows("cameo_patterns.jsonl.gz"))


@cache
def phoenix_actors() -> tuple[PhoenixActor, ...]:
    """Every actor of the three Phoenix actor dictionaries (countries, international, militant)."""
    return tuple(actor_from(row) for row in _rows("phoenix_actors.jsonl.gz"))


@cache
def actors_by_name() -> Mapping[str, tuple[PhoenixActor, ...]]:
    """Phoenix actors by each of their names (lower case, words joined by one blank)."""
    index: dict[str, list[PhoenixActor]] = {}
    for actor in phoenix_actors():
        for name in dict.fromkeys(n.text for n in actor.names):
            index.setdefault(name, []).append(actor)
    return {name: tuple(actors) for name, actors in index.items()}


@cache
def agents() -> tuple[Agent, ...]:
    """Generic agent nouns (NGEC's PLOVER agents, then Phoenix-only entries)."""
    return tuple(agent_from(row) for row in _rows("agents.jsonl.gz"))


@cache
def discards() -> tuple[Discard, ...]:
    """PETRARCH's discard phrases."""
    return tuple(discard_from(row) for row in _rows("discards.jsonl"))


@cache
def countries() -> tuple[Country, ...]:
    """NGEC's countries table."""
    return tuple(country_from(row) for row in _rows("countries.jsonl"))


# ---- one JSON record -> one entry (the inverse of the import script's ``jsonable``) --------


def synonym_set_from(row: dict[str, Any]) -> SynonymSet:
    return SynonymSet(row["name"], tuple(_word(w) for w in row["members"]), row["line"])


def verb_block_from(row: dict[str, Any]) -> VerbBlock:
    return VerbBlock(
        name=row["name"], cameo=row["cameo"], cameo_reverse=row["cameo_reverse"],
        plover=_plover(row["plover"]), plover_reverse=_plover(row["plover_reverse"]),
        verbs=tuple(_verb(v) for v in row["verbs"]), line=row["line"],
    )


def _verb(data: dict[str, Any]) -> Verb:
    return Verb(
        data["lemma"], tuple(data["forms"]), data["cameo"], data["cameo_reverse"],
        _plover(data["plover"]), _plover(data["plover_reverse"]), data["line"],
    )


def pattern_from(row: dict[str, Any]) -> CameoPattern:
    return CameoPattern(
        id=row["id"], block=row["block"], origin=tuple(row["origin"]),
        before=tuple(_token(t) for t in row["before"]),
        after=tuple(_token(t) for t in row["after"]),
        cameo=row["cameo"], cameo_reverse=row["cameo_reverse"],
        plover=_plover(row["plover"]), plover_reverse=_plover(row["plover_reverse"]),
        line=row["line"], raw=row["raw"],
    )


def actor_from(row: dict[str, Any]) -> PhoenixActor:
    return PhoenixActor(
        id=row["id"],
        names=tuple(ActorName(n["text"], n["exact"]) for n in row["names"]),
        codes=tuple(_actor_code(c) for c in row["codes"]),
        file=row["file"], line=row["line"],
    )


def agent_from(row: dict[str, Any]) -> Agent:
    return Agent(
        phrase=row["phrase"], forms=tuple(row["forms"]), code=row["code"],
        sectors=tuple(row["sectors"]), person=row["person"], exact=row["exact"],
        source=row["source"], line=row["line"],
    )


def discard_from(row: dict[str, Any]) -> Discard:
    return Discard(row["phrase"], row["scope"], row["exact"], row["line"])


def country_from(row: dict[str, Any]) -> Country:
    return Country(
        iso2=row["iso2"], name=row["name"], code=row["code"],
        adjectives=tuple(row["adjectives"]), demonyms=tuple(row["demonyms"]),
        names=tuple(row["names"]),
    )


# ---- dated codes --------------------------------------------------------------------------


def actor_codes_on(actor: PhoenixActor, day: dt.date) -> tuple[ActorCode, ...]:
    """The actor's codes valid on ``day`` (rule in the module docstring); may be empty."""
    holding = _unique(c for c in actor.codes if c.dated and c.holds_on(day))
    if holding:
        return holding
    undated = [c for c in actor.codes if not c.dated]
    if undated:
        return _unique(c for c in undated if not c.is_null)
    ended = [c for c in actor.codes if c.end is not None and c.end <= day]
    if not ended:
        return ()
    latest = max(ended, key=lambda c: c.end or day)
    if latest.country is None or latest.country in NON_STATE_PREFIXES or not latest.roles:
        return ()
    return (ActorCode(latest.country + "ELI", latest.country, ("ELI",), latest.end, None),)


def _unique(codes: Iterable[ActorCode]) -> tuple[ActorCode, ...]:
    """First code of each distinct code string, in order."""
    seen: dict[str, ActorCode] = {}
    for code in codes:
        seen.setdefault(code.code, code)
    return tuple(seen.values())
