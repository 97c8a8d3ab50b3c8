"""Sense rules (``lexicon/events/senses.yaml``): a trigger used in a sense that is not its
entry's event is read as another type or as no event ("attacked the decision" is ACCUSE, "the
plane hit the water" is nothing, "called for" is REQUEST; issue 11, patterns 1-2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from dateline.errors import LexiconError
from dateline.stages.event_lexicon import TriggerEntry, object_heads, particles
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of

SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSES = {"ccomp", "xcomp", "advcl"}
MODIFIERS = {"compound", "amod", "nmod"}
COMPLEMENTS = {"oprd", "xcomp", "ccomp", "acomp"}
CONDITIONS = ("lemma", "types", "object", "object_modifier", "object_not", "prep",
              "without_prep", "subject", "clause_mark", "complement", "object_actor",
              "clause_words", "modifier", "modifier_not", "has_object", "sentence_words",
              "passive", "subject_phrase", "clause_subject", "head_words", "to_clause_not",
              "has_clause", "subject_owner_not", "aux", "object_phrase",
              "object_owner")


@dataclass(frozen=True)
class SenseRule:
    rule: str
    conditions: dict[str, Any]
    then: str
    mode: str | None
    cameo: str | None


@cache
def sense_rules() -> tuple[SenseRule, ...]:
    resource = resources.files("dateline").joinpath("lexicon", "events", "senses.yaml")
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load lexicon events/senses: {exc}") from exc
    classes = {name: _words(words, {}) for name, words in data["classes"].items()}
    rules = []
    for raw in data["rules"]:
        unknown = set(raw) - {*CONDITIONS, "rule", "then", "mode", "cameo"}
        if unknown:
            raise LexiconError(f"events/senses {raw.get('rule')}: unknown fields {unknown}")
        conditions = {k: _words(raw[k], classes) for k in CONDITIONS if k in raw}
        rules.append(SenseRule(f"events.{raw['rule']}", conditions, str(raw["then"]),
                               raw.get("mode"), raw.get("cameo")))
    return tuple(rules)


def _words(value: Any, classes: dict[str, frozenset[str]]) -> Any:
    if isinstance(value, str) and value.startswith("$"):
        return classes[value[1:]]
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise LexiconError(f"events/senses: {value} holds a word that is not a string "
                               "(quote on/off/no/false)")
        return frozenset(v.lower() for v in value)
    return value


def read_sense(token: Token, entry: TriggerEntry | None,
               state: DocState) -> tuple[TriggerEntry | None, str | None]:
    """The entry as the token's sense reads it (``None``: no event), and the sense rule that
    decided, if any. A token no entry matched can still be an event by a rule that names its
    lemma and a type ("took a swipe at" is ACCUSE)."""
    for rule in _rules_for(_lemma(token)):
        if entry is None and (rule.then == "none" or "types" in rule.conditions
                              or "lemma" not in rule.conditions):
            continue
        if _applies(rule.conditions, token, entry, state):
            if rule.then == "none":
                return None, rule.rule
            base = entry or _blank(token, rule)
            return replace(base, type=rule.then, mode=rule.mode, cameo=rule.cameo,
                           rule=rule.rule), rule.rule
    return entry, None


def _rules_for(lemma: str) -> tuple[SenseRule, ...]:
    """The sense rules, in order, less those whose ``lemma`` condition excludes this lemma
    (``_applies`` would turn them down first)."""
    named, others = _rules_by_lemma()
    return named.get(lemma, others)


@cache
def _rules_by_lemma() -> tuple[dict[str, tuple[SenseRule, ...]], tuple[SenseRule, ...]]:
    """The rules for each lemma a rule names, and for every other lemma."""
    rules = sense_rules()

    def kept(rule: SenseRule, lemma: str | None) -> bool:
        lemmas = rule.conditions.get("lemma")
        return not isinstance(lemmas, frozenset) or lemma in lemmas

    named = {w for r in rules if isinstance(r.conditions.get("lemma"), frozenset)
             for w in r.conditions["lemma"]}
    return ({w: tuple(r for r in rules if kept(r, w)) for w in named},
            tuple(r for r in rules if kept(r, None)))


def _blank(token: Token, rule: SenseRule) -> TriggerEntry:
    """The entry a sense rule makes of a token no entry matched; the prepositions it names
    ("take a swipe at") introduce the target."""
    preps = tuple(sorted(rule.conditions.get("prep", ())))
    return TriggerEntry(rule=rule.rule, type=rule.then, mode=rule.mode, cameo=rule.cameo,
                        lemma=token.lemma_.lower(), pos="VERB", particle=None, objects=None,
                        target_preps=preps, symmetric=False, confidence=0.7, origin="dateline")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _applies(conditions: dict[str, Any], token: Token, entry: TriggerEntry | None,
             state: DocState) -> bool:
    lemmas = conditions.get("lemma")
    if lemmas is not None and _lemma(token) not in lemmas:
        return False  # the cheap test first: most tokens are not the rule's words
    checks: dict[str, Callable[[Any], bool]] = {
        "lemma": lambda words: _lemma(token) in words,
        "types": lambda types: entry is not None and entry.type.lower() in types,
        "object": lambda words: any(_lemma(h) in words or h.lower_ in words
                                    for h in _objects(token)),
        "object_modifier": lambda words: any(_lemma(m) in words for h in _objects(token)
                                             for m in h.children if m.dep_ in MODIFIERS),
        "object_not": lambda words: not any(_lemma(h) in words or h.lower_ in words
                                            for h in _objects(token)),
        "prep": lambda words: bool(words & _preps(token)),
        "without_prep": lambda words: not words & _preps(token),
        "subject": lambda words: any(_lemma(s) in words for s in _subjects(token)),
        "clause_mark": lambda words: any(m.lower_ in words for c in token.children
                                         if c.dep_ in CLAUSES for m in c.children
                                         if m.dep_ in {"mark", "advmod"}),
        "complement": lambda words: _complement(token, words, state),
        "object_actor": lambda wanted: _object_actor(token, state) == wanted,
        "clause_words": lambda words: _clause_words(token, words),
        "modifier": lambda words: bool(words & _modifiers(token)),
        "modifier_not": lambda words: not words & _modifiers(token),
        "has_object": lambda wanted: any(c.dep_ == "dobj" for c in token.children) == wanted,
        "passive": lambda wanted: any(c.dep_ == "nsubjpass" for c in token.children) == wanted,
        "sentence_words": lambda words: any(_lemma(t) in words or t.lower_ in words
                                            for t in sentence_of(token)),
        "subject_phrase": lambda words: bool(words & _subject_phrase(token)),
        "clause_subject": lambda words: _clause_subject(token, words),
        "head_words": lambda words: bool(words & _governor(token)),
        "to_clause_not": lambda words: _to_clause_not(token, words),
        "has_clause": lambda wanted: any(c.dep_ == "ccomp" for c in token.children) == wanted,
        "subject_owner_not": lambda kinds: not _subject_owned(token, kinds),
        "aux": lambda words: any(c.dep_ == "aux" and c.lower_ in words for c in token.children),
        "object_phrase": lambda words: _object_phrase(token, words),
        "object_owner": lambda wanted: _object_owner(token, state) == wanted,
    }
    return all(checks[name](value) for name, value in conditions.items())


def _modifiers(token: Token) -> set[str]:
    """Words in front of a (noun) trigger: "a general strike", "the workers' strike"."""
    found = {_lemma(c) for c in token.children if c.dep_ in MODIFIERS | {"poss"}}
    return found | {c.lower_ for c in token.children if c.dep_ in MODIFIERS | {"poss"}}


def _clause_words(token: Token, words: frozenset[str]) -> bool:
    """The verb of a clause under the token, or the head of that verb's object, is one of
    ``words`` ("vowed to crush the rebels", "vowed to continue his deadly campaign")."""
    for clause in (c for c in token.children if c.dep_ in {"xcomp", "ccomp"}):
        heads = [clause, *object_heads(clause)]
        for inner in (c for c in clause.children if c.dep_ == "xcomp"):
            heads += [inner, *object_heads(inner)]
        if any(_lemma(h) in words or h.lower_ in words for h in heads):
            return True
    return False


def _objects(token: Token) -> list[Token]:
    heads = object_heads(token)
    heads += [c for c in token.children if c.dep_ in {"oprd", "acomp"}]
    for prep in particles(token).values():
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    return heads


def _preps(token: Token) -> set[str]:
    found = set(particles(token))
    found |= {m.lower_ for c in token.children if c.dep_ in CLAUSES
              for m in c.children if m.dep_ == "mark"}
    return found


def _subjects(token: Token) -> list[Token]:
    current = token
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
        if current.dep_ not in {"xcomp", "conj", "advcl"} or current.head.i == current.i:
            break
        current = current.head
    if token.dep_ == "acl":
        return [token.head]
    return []


def _is_actor(token: Token, state: DocState) -> bool:
    return bool(state.mentions_at(token.i))


def _object_actor(token: Token, state: DocState) -> bool:
    return any(_is_actor(h, state) for h in _objects(token))


def _complement(token: Token, words: frozenset[str], state: DocState) -> bool:
    """A predicative complement that is not an actor ("called the charges false", "called it
    a provocation"); ``words`` (when not empty) restricts its head lemma."""
    if not any(c.dep_ == "dobj" for c in token.children):
        return False
    found = [c for c in token.children if c.dep_ in COMPLEMENTS and not _is_actor(c, state)]
    if not words:
        return bool(found)
    return any(_lemma(c) in words or c.lower_ in words
               or any(_lemma(t) in words for t in c.subtree) for c in found)


# --- figurative, forecast and need readings (issue 11, round 7) ---------------------------------


def _subject_phrase(token: Token) -> set[str]:
    """The subject heads, and the words compounded with a head that is a number or a name
    ("the S&P 500", "the Dow Jones"; not "the economy minister"), lemma and form."""
    found: set[str] = set()
    for subject in _subjects(token):
        words = [subject]
        if subject.pos_ in {"NUM", "PROPN"}:
            words += [c for c in subject.children if c.dep_ in MODIFIERS]
        for word in words:
            found |= {_lemma(word), word.lower_}
    return found


def _clause_subject(token: Token, words: frozenset[str]) -> bool:
    """A that-clause under the token whose subject is one of ``words`` (an expletive "there",
    a state of affairs): "warned there could be additional charges", "warned that prices
    would rise" say what may happen, not what the speaker will do."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in SUBJECTS | {"expl"}):
            if _lemma(subject) in words or subject.lower_ in words:
                return True
    return False


def _governor(token: Token) -> set[str]:
    """The word a (noun) trigger hangs on, through a preposition ("in need of assistance":
    need), lemma and form."""
    head = token.head
    if token.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    if head.i == token.i:
        return set()
    return {_lemma(head), head.lower_}


def _to_clause_not(token: Token, words: frozenset[str]) -> bool:
    """A to-infinitive under the token whose verb is none of ``words``: "fighting to stem
    off a crash" (an effort), not "fighting to take the city"."""
    clauses = [c for c in token.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(clauses) and not any(_lemma(c) in words for c in clauses)


# --- owners, capabilities and measures (issue 11, round 9) --------------------------------------

def _subject_owned(token: Token, kinds: frozenset[str]) -> bool:
    """A subject head modified by a named entity of one of ``kinds`` (lower-case entity
    labels: a nationality, a country, an organisation): "Russian jets struck the town" is the
    state's act, not a thing that hit something by accident ("the plane hit the water")."""
    return any(m.ent_type_.lower() in kinds for s in _subjects(token) for m in s.children
               if m.dep_ in MODIFIERS | {"poss"})


def _object_phrase(token: Token, words: frozenset[str]) -> bool:
    """Some word inside an object phrase (its head and what modifies it) is one of ``words``:
    "hit an all time low", "reached a record high"."""
    return any(_lemma(t) in words or t.lower_ in words for h in _objects(token)
               for t in h.subtree)


def _object_owner(token: Token, state: DocState) -> bool:
    """Some object head has an actor in front of it ("support Ukraine's economy")."""
    return any(_is_actor(m, state) for h in _objects(token) for m in h.children
               if m.dep_ in MODIFIERS | {"poss"})
