"""How sure dateline is of an event: the chance that a trained coder accepts all of it.

An event's ``confidence`` is a logistic model's estimate that a coder reading the sentence calls
its type, source (with country), target, date and modality right. The model is learned from the
blind coders' verdicts kept in ``docs/judged`` (rounds 41-62: about 4,500 events of news no rule
writer had read when it was judged) by ``scripts/train_confidence.py``, a deterministic script;
its weights ship in ``lexicon/confidence/model.json``. Later rounds are never trained on: they
measure the model (``scripts/confidence_report.py``).

The model sees only what a record shows of an event (``EventView``): its type, rule, the codes of
its actors, its date and basis, its modality, and the surface of its sentence. The same view is
built from a record at run time and from a judged row in training, so both read one feature
function. It ranks events, and the pipeline withholds those under ``DEFAULT_MIN_CONFIDENCE``
unless the caller asks for another threshold (``extract(min_confidence=0)`` keeps every event;
``dateline events --min-confidence`` filters a store).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dateline.dates import YEAR_RE
from dateline.record import Actor, Event
from dateline.yamlio import safe_load

#: A judged row's actor: "name[COUNTRY/SECTOR/kind]", absent values written "None".
_JUDGED_ACTOR = re.compile(
    r"(?P<name>.*)\[(?P<country>[^/]*)/(?P<sector>[^/]*)/(?P<kind>[^\]]*)\]$")
_YEAR = re.compile(rf"\b({YEAR_RE})\b")
#: A rule name's version suffix: a rule's versions share its evidence.
_VERSION = re.compile(r"\.v\d+$")
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
MODEL_FILE = "model.json"
#: The confidence below which the pipeline withholds an event by default: the lowest of 0.20,
#: 0.25, ... at which the events of rounds 41-62, each held-out set scored by a model trained
#: without it, are over half right in all six fields (0.527; ``train_confidence.py --by-set``).
DEFAULT_MIN_CONFIDENCE = 0.3


def checked_min_confidence(value: float | None) -> float | None:
    """``value`` when it is a threshold (0-1) or None; else a ValueError naming it."""
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, got {value!r}")
    return value


#: Session 110: a bloc of states ("the Gulf states", actors.group.bloc.v1) has no country by what it
#: is, not for want of a code; its missing code is not the "uncoded" the model learned to doubt.
BLOC_RULE_STEM = "actors.group.bloc."


@dataclass(frozen=True)
class ActorView:
    name: str
    country: str | None
    sector: str | None
    kind: str | None
    bloc: bool = False


@dataclass(frozen=True)
class EventView:
    """What a record shows of one event, as the coder saw it."""

    type: str
    mode: str | None
    modality: str
    rule: str
    source: tuple[ActorView, ...]
    target: tuple[ActorView, ...]
    date_value: str | None
    date_basis: str | None
    document_date: str | None
    sentence: str
    trigger: str
    reported: bool

    @classmethod
    def of_event(cls, event: Event, actors: Mapping[str, Actor], text: str,
                 document_date: str | None) -> EventView:
        def side(ids: Iterable[str]) -> tuple[ActorView, ...]:
            return tuple(ActorView(actors[i].name, actors[i].country, actors[i].sector,
                                   actors[i].kind, BLOC_RULE_STEM in (actors[i].rule or ""))
                         for i in ids if i in actors)

        return cls(type=event.type, mode=event.mode, modality=event.modality, rule=event.rule,
                   source=side(event.source), target=side(event.target),
                   date_value=event.date.value, date_basis=event.date.basis,
                   document_date=document_date,
                   sentence=text[event.sentence.start:event.sentence.end],
                   trigger=text[event.trigger.start:event.trigger.end],
                   reported=event.reported_by is not None)

    @classmethod
    def of_judged(cls, row: Mapping[str, Any]) -> EventView:
        """A row of ``docs/judged/roundNN/events-?.jsonl`` (a judge's copy of an event)."""
        date = row.get("date") or {}
        return cls(type=row["type"], mode=row.get("mode"), modality=row["modality"],
                   rule=row["rule"], source=tuple(map(_judged_actor, row["source"])),
                   target=tuple(map(_judged_actor, row["target"])),
                   date_value=date.get("value"), date_basis=date.get("basis"),
                   document_date=row.get("document_date"), sentence=row["sentence"],
                   trigger=row["trigger"], reported=bool(row.get("reported_by")))


def _judged_actor(text: str) -> ActorView:
    match = _JUDGED_ACTOR.match(text)
    if match is None:
        return ActorView(text, None, None, None)
    values = {k: (None if v == "None" else v) for k, v in match.groupdict().items()}
    return ActorView(text[:match.end("name")], values["country"], values["sector"], values["kind"])


@dataclass(frozen=True)
class FeatureWords:
    """The word lists of ``lexicon/confidence/features.yaml``."""

    pointer_names: frozenset[str]
    speech: re.Pattern[str]
    modal: re.Pattern[str]
    background: re.Pattern[str]
    trigger_endings: tuple[str, ...]
    length_cuts: tuple[int, ...]
    position_cuts: tuple[float, ...]

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> FeatureWords:
        return cls(pointer_names=frozenset(raw["pointer_names"]),
                   speech=_words_pattern(raw["speech_words"]),
                   modal=_words_pattern(raw["modal_words"]),
                   background=_words_pattern(raw["background_words"]),
                   trigger_endings=tuple(raw["trigger_endings"]),
                   length_cuts=tuple(raw["sentence_length_cuts"]),
                   position_cuts=tuple(raw["trigger_position_cuts"]))


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@cache
def feature_words() -> FeatureWords:
    raw = safe_load(_resource("features.yaml").read_text(encoding="utf-8"))
    return FeatureWords.from_mapping(raw)


def _resource(name: str) -> Any:
    return resources.files("dateline").joinpath("lexicon", "confidence", name)


def _bucket(value: float, cuts: Iterable[float]) -> str:
    for cut in cuts:
        if value <= cut:
            return f"<={cut}"
    return ">"


def features(view: EventView, words: FeatureWords | None = None) -> list[str]:
    """The event's features: the names of the binary indicators that hold, each once."""
    words = words or feature_words()
    return list(dict.fromkeys(["bias", *_event_features(view), *_actor_features(view, words),
                               *_date_features(view), *_sentence_features(view, words)]))


def _event_features(view: EventView) -> list[str]:
    found = [f"type={view.type}", f"mode={view.mode}", f"modality={view.modality}",
             f"type_modality={view.type}|{view.modality}"]
    parts = view.rule.split("+")
    for part in parts:
        stem = _VERSION.sub("", part)
        found += [f"rule={stem}", "family=" + ".".join(stem.split(".")[:2])]
    found.append(f"rule_parts={min(len(parts), 3)}")
    if view.reported:
        found.append("reported")
    return found


def _actor_features(view: EventView, words: FeatureWords) -> list[str]:
    found = []
    for role, side in (("source", view.source), ("target", view.target)):
        found.append(f"{role}_count={min(len(side), 2)}")
        for actor in side[:2]:
            uncoded = actor.country is None and not actor.bloc
            found += [f"{role}_uncoded={uncoded}", f"{role}_sector={actor.sector}",
                      f"{role}_kind={actor.kind}"]
            if actor.name.lower() in words.pointer_names:
                found.append(f"{role}_pointer")
    sources = {a.country for a in view.source}
    targets = {a.country for a in view.target}
    if sources and targets:
        found.append(f"same_country={bool(sources & targets)}")
    return found


def _date_features(view: EventView) -> list[str]:
    value = view.date_value or ""
    found = [f"basis={view.date_basis}", f"date_length={len(value)}",
             f"type_basis={view.type}|{view.date_basis}"]
    anchor = view.document_date or ""
    if value and anchor:
        found.append("date_" + _date_relation(value, anchor))
    return found


def _date_relation(value: str, anchor: str) -> str:
    if value == anchor[:len(value)]:
        return "is_document"
    if value > anchor:
        return "after_document"
    return "earlier_year" if value[:4] < anchor[:4] else "earlier_same_year"


def _sentence_features(view: EventView, words: FeatureWords) -> list[str]:
    sentence = view.sentence
    lower = sentence.lower()
    found = ["length=" + _bucket(len(sentence.split()), words.length_cuts)]
    checks = (("quote_mark", any(m in sentence for m in _QUOTE_MARKS)),
              ("speech_word", bool(words.speech.search(lower))), ("question", "?" in sentence),
              ("modal_word", bool(words.modal.search(lower))),
              ("background_word", bool(words.background.search(lower))),
              ("other_year", _names_other_year(sentence, view.document_date)))
    found += [name for name, holds in checks if holds]
    return found + _trigger_features(view, words, lower)


def _names_other_year(sentence: str, anchor: str | None) -> bool:
    if not anchor:
        return False
    return any(year != anchor[:4] for year in _YEAR.findall(sentence))


def _trigger_features(view: EventView, words: FeatureWords, lower: str) -> list[str]:
    trigger = view.trigger.lower()
    found = [f"trigger={trigger}", f"type_trigger={view.type}|{trigger}"]
    if " " in trigger:
        found.append("trigger_multiword")
    ending = next((e for e in words.trigger_endings if trigger.endswith(e)), None)
    if ending:
        found.append(f"trigger_ending={ending}")
    position = lower.find(trigger)
    if position >= 0:
        share = position / max(len(lower), 1)
        found.append("trigger_position=" + _bucket(share, words.position_cuts))
    return found


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model over named binary features (unknown names weigh nothing)."""

    weights: Mapping[str, float]

    def probability(self, view: EventView) -> float:
        score = sum(self.weights.get(name, 0.0) for name in features(view))
        return 1.0 / (1.0 + math.exp(-score))

    def reasons(self, view: EventView, count: int = 3) -> list[tuple[str, float]]:
        """The features that move this event's confidence most, strongest first (not the
        base rate, which every event shares)."""
        weighed = [(name, self.weights[name]) for name in features(view)
                   if name != "bias" and name in self.weights]
        return sorted(weighed, key=lambda pair: (-abs(pair[1]), pair[0]))[:count]

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ConfidenceModel:
        return cls(weights=dict(raw["weights"]))


@cache
def shipped_model() -> ConfidenceModel:
    """The model that ships in the package (``lexicon/confidence/model.json``)."""
    return ConfidenceModel.from_json(json.loads(_resource(MODEL_FILE).read_text(encoding="utf-8")))


def event_confidence(view: EventView, model: ConfidenceModel | None = None) -> float:
    """The event's confidence, rounded as records keep it."""
    return round((model or shipped_model()).probability(view), 3)
