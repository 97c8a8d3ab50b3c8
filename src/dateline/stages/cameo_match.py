"""CAMEO verb patterns (``lexicon/events/cameo.jsonl``) matched on the dependency parse.

A verb token is looked up by lemma among the CAMEO verbs; every pattern of the verb's block is
tried against the words the verb governs, not against the string:

* ``words``: each group needs one of its words (lemma or form) in the verb's object side: the
  cores of its object noun phrases (head and the words in front of it), its particles and
  control complements;
* ``preps``: a preposition or particle hanging off the verb (or off a word of its object side)
  with that form, and the group words inside its phrase; a bare particle of
  ``clauses.own_particles`` ("burn down", "walk out") only as a particle, not as a preposition
  heading a noun of its own ("walked down the road": events.trigger.own-particle.v1);
* ``subject``: words of the subject phrase of the verb's clause.

The most specific pattern that matches wins (most words; the earlier line on a tie); a pattern
coded ``[---]`` or as a CAMEO statement means "no event". A verb with no matching pattern gets
nothing here (the bare verb codes of CAMEO are not used).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from dateline.errors import LexiconError
from dateline.stages.event_own_particles import own_particle
from dateline.stages.syntax import words as clause_words

FORMAT = "dateline.events.cameo/1"
#: Dependencies of the verb's objects, and of the words that modify a noun in front of it.
OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "nsubjpass"})
NP_CORE = frozenset({"compound", "amod", "nmod", "nummod", "poss", "case"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PREP_DEPS = frozenset({"prep", "prt", "agent", "advmod", "dative"})

Group = frozenset[str]


@dataclass(frozen=True)
class CameoPattern:
    line: int
    block: str
    words: tuple[Group, ...]
    preps: tuple[tuple[Group, tuple[Group, ...]], ...]
    subject: tuple[Group, ...]
    target_prep: str | None
    type: str | None
    mode: str | None
    cameo: str | None
    #: the verb lemmas of the block the pattern is for (all of them when empty)
    verbs: frozenset[str] = frozenset()
    #: a pattern of a block not kept (wave 18): its event stands only where a sense rule reads it
    unkept: bool = False
    #: the version of the pattern's rule name, bumped when a recode changes its events
    version: int = 1

    @property
    def specificity(self) -> int:
        return len(self.words) + len(self.subject) + sum(1 + len(w) for _, w in self.preps)


@dataclass(frozen=True)
class CameoVerb:
    lemma: str
    block: str
    line: int
    also: tuple[str, ...]  # the rest of a phrasal verb ("carry out": out)


@dataclass(frozen=True)
class CameoHit:
    """What CAMEO says about a verb token: a type (or ``None``: no event) and how specific."""

    line: int
    block: str
    type: str | None
    mode: str | None
    cameo: str | None
    target_prep: str | None
    specificity: int
    unkept: bool = False
    version: int = 1


@dataclass(frozen=True)
class CameoTable:
    verbs: dict[str, tuple[CameoVerb, ...]]
    patterns: dict[str, tuple[CameoPattern, ...]]
    #: per block, word -> the patterns whose first word group holds it (every pattern needs
    #: at least one word, so only these can fit)
    index: dict[str, dict[str, tuple[CameoPattern, ...]]]

    def candidates(self, block: str, side: Side) -> list[CameoPattern]:
        by_word = self.index.get(block, {})
        seen = {id(p): p for word in side.all_words() for p in by_word.get(word, ())}
        return sorted(seen.values(), key=lambda p: p.line)


def _rows() -> list[dict[str, Any]]:
    resource = resources.files("dateline").joinpath("lexicon", "events", "cameo.jsonl")
    try:
        lines = resource.read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0])
    except (OSError, ValueError, IndexError) as exc:
        raise LexiconError(f"cannot read lexicon events/cameo.jsonl: {exc}") from exc
    if header.get("format") != FORMAT:
        found = header.get("format")
        raise LexiconError(f"events/cameo.jsonl: format {found!r}, expected {FORMAT}")
    return [json.loads(line) for line in lines[1:] if line]


@cache
def table() -> CameoTable:
    rows = _rows()
    sets = {r["name"]: frozenset(r["words"]) for r in rows if r["section"] == "set"}

    def group(words: list[str]) -> Group:
        return frozenset(w for word in words
                         for w in (sets.get(word[1:], ()) if word.startswith("&") else (word,)))

    verbs: dict[str, list[CameoVerb]] = {}
    patterns: dict[str, list[CameoPattern]] = {}
    for r in rows:
        if r["section"] == "verb":
            verbs.setdefault(r["lemma"], []).append(CameoVerb(
                r["lemma"], r["block"], r["from"], tuple(r.get("with", ()))))
        elif r["section"] == "pattern":
            patterns.setdefault(r["block"], []).append(CameoPattern(
                r["from"], r["block"], tuple(group(g) for g in r.get("words", ())),
                tuple((frozenset(p["p"]), tuple(group(g) for g in p.get("words", ())))
                      for p in r.get("preps", ())),
                tuple(group(g) for g in r.get("subject", ())), r.get("target_prep"),
                r["type"], r.get("mode"), r.get("cameo"), frozenset(r.get("verbs", ())),
                bool(r.get("unkept")), int(r.get("version", 1))))
    index: dict[str, dict[str, list[CameoPattern]]] = {}
    for block, found in patterns.items():
        for pattern in found:
            for word in _first_group(pattern):
                index.setdefault(block, {}).setdefault(word, []).append(pattern)
    return CameoTable({k: tuple(v) for k, v in verbs.items()},
                      {k: tuple(v) for k, v in patterns.items()},
                      {b: {w: tuple(p) for w, p in by.items()} for b, by in index.items()})


def _first_group(pattern: CameoPattern) -> Group:
    """The words one of which any text the pattern fits has (its first required group)."""
    if pattern.words:
        return pattern.words[0]
    if pattern.preps:
        return pattern.preps[0][0]
    return pattern.subject[0] if pattern.subject else frozenset()


# --- what a verb governs ------------------------------------------------------------------------


@dataclass
class Side:
    words: set[str]
    #: form, the cores of its object, and whether it is a verb's own particle (not a
    #: preposition heading a noun of its own: events.trigger.own-particle.v1)
    preps: list[tuple[str, set[str], bool]]
    subject: set[str]

    def all_words(self) -> set[str]:
        return self.words | {form for form, _, _ in self.preps} | self.subject


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def side_of(verb: Token) -> Side:
    """The words of a verb's object side (the cores of its object noun phrases, particles and
    complements, as PETRARCH reads the words right after the verb), its prepositional phrases
    (on the verb or its objects) with their objects' cores, and the words of its subject."""
    words: set[str] = set()
    preps: list[tuple[str, set[str], bool]] = []
    heads = [c for c in verb.children if c.dep_ in OBJECTS]
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        heads += [xcomp, *(c for c in xcomp.children if c.dep_ in OBJECTS)]
    for head in heads:
        words.update(w for t in _core(head) for w in _forms(t))
    for holder in [verb, *heads]:
        for prep in holder.children:
            if prep.dep_ in PREP_DEPS:
                if prep.dep_ == "prt":
                    words.update(_forms(prep))
                inner = {w for o in prep.children if o.dep_ in {"pobj", "pcomp"}
                         for t in _core(o) for w in _forms(t)}
                preps.append((prep.lower_, inner, own_particle(prep)))
    subject: set[str] = set()
    for child in _clause(verb).children:
        if child.dep_ in SUBJECTS:
            subject.update(w for t in _core(child) for w in _forms(t))
    return Side(words, preps, subject)


def _core(head: Token) -> list[Token]:
    """A noun phrase's head and the words before it that modify it ("joint military operation")."""
    found = [head]
    for child in head.children:
        if child.dep_ in NP_CORE:
            found += _core(child)
    return found


def _clause(verb: Token) -> Token:
    current = verb
    for _ in range(3):
        if any(c.dep_ in SUBJECTS for c in current.children):
            return current
        if current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
            current = current.head
    return current


def _fits(pattern: CameoPattern, side: Side, lemma: str) -> bool:
    if pattern.verbs and lemma not in pattern.verbs:
        return False
    if not all(g & side.words for g in pattern.words):
        return False
    if not all(g & side.subject for g in pattern.subject):
        return False
    return all(any(form in forms and all(g & inner for g in groups)
                   and (own or bool(groups) or form not in clause_words("own_particles"))
                   for form, inner, own in side.preps)
               for forms, groups in pattern.preps)


def _has_also(verb: CameoVerb, side: Side) -> bool:
    return all(word in side.words for word in verb.also)


def cameo_hit(token: Token) -> CameoHit | None:
    """The most specific CAMEO pattern reading of a verb token, or ``None``."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    verbs = table().verbs.get(lemma)
    if not verbs:
        return None
    side = side_of(token)
    fitting = [v for v in verbs if _has_also(v, side)]
    best: CameoHit | None = None
    for verb in sorted(fitting, key=lambda v: -len(v.also)):
        for pattern in table().candidates(verb.block, side):
            score = pattern.specificity + len(verb.also)
            if (best is None or score > best.specificity) and _fits(pattern, side, lemma):
                best = CameoHit(pattern.line, pattern.block, pattern.type, pattern.mode,
                                pattern.cameo, pattern.target_prep, score, pattern.unkept,
                                pattern.version)
    return best
