"""Event triggers from ``lexicon/events.yaml``: which entry a token evokes, if any.

Precedence (as the lexicon header states): an entry whose object list matches the token's object
wins over one whose particle matches, which wins over the bare lemma.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.lexicons import LexiconData, active
from dateline.stages.syntax import words

POS_OF = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}


@dataclass(frozen=True)
class TriggerEntry:
    rule: str
    type: str
    mode: str | None
    cameo: str | None
    lemma: str
    pos: str
    particle: str | None
    objects: frozenset[str] | None
    target_preps: tuple[str, ...]
    symmetric: bool
    confidence: float


def entries_by_lemma() -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    """The trigger entries of the active lexicon, by (lemma, POS)."""
    return active().derived("events.entries", _entries_by_lemma)


def _entries_by_lemma(data: LexiconData) -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    table: dict[tuple[str, str], list[TriggerEntry]] = {}
    for raw in data.section("events"):
        entry = TriggerEntry(
            rule=f"events.{raw['rule']}", type=raw["type"], mode=raw.get("mode"),
            cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
            lemma=str(raw["lemma"]).lower(), pos=raw.get("pos", "VERB"),
            particle=raw.get("particle"),
            objects=frozenset(o.lower() for o in raw["object"]) if raw.get("object") else None,
            target_preps=tuple(raw.get("target_preps") or ()),
            symmetric=bool(raw.get("symmetric")), confidence=float(raw.get("confidence", 0.7)),
        )
        table.setdefault((entry.lemma, entry.pos), []).append(entry)
    return {key: tuple(value) for key, value in table.items()}


def particles(token: Token) -> dict[str, Token]:
    """Particles and prepositions hanging off a token, by lower-case form; a preposition that
    only says when ("on Thursday") is not the particle of "call on"."""
    return {c.lower_: c for c in token.children if c.dep_ in {"prt", "prep", "advmod", "agent"}
            and not _temporal(c)}


def _temporal(preposition: Token) -> bool:
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def object_heads(token: Token, particle: Token | None = None) -> list[Token]:
    """The token's object heads (through "a pair of proposals"), or its particle's object."""
    if particle is not None and particle.dep_ in {"prep", "agent"}:
        heads = [c for c in particle.children if c.dep_ == "pobj"]
    else:
        heads = [c for c in token.children if c.dep_ in {"dobj", "attr", "oprd"}]
        if not heads and token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:
            heads = [token.head]  # "the proposals presented by Moscow"
        if not heads and token.dep_ in {"relcl"} and token.head.pos_ == "NOUN":
            heads = [token.head]
        heads += [c for c in token.children if c.dep_ == "nsubjpass"]
    return [through_quantity(h) for h in heads]


def through_quantity(head: Token) -> Token:
    if head.lemma_ in words("quantity_heads"):
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if inner is not None:
            return inner
    return head


def match(token: Token) -> TriggerEntry | None:
    """The lexicon entry a token evokes, by the precedence rule."""
    pos = POS_OF.get(token.pos_)
    if pos is None:
        return None
    candidates = entries_by_lemma().get((token.lemma_.lower(), pos), ())
    if not candidates:
        return None
    found = particles(token)
    best: tuple[int, TriggerEntry] | None = None
    for entry in candidates:
        score = _fit(entry, token, found)
        if score is not None and (best is None or score > best[0]):
            best = (score, entry)
    return best[1] if best else None


def _fit(entry: TriggerEntry, token: Token, found: dict[str, Token]) -> int | None:
    particle = None
    if entry.particle:
        particle = found.get(entry.particle.lower())
        if particle is None:
            return None
    if entry.objects is not None:
        heads = object_heads(token, particle)
        if not any(_lemma_in(h, entry.objects) for h in heads):
            return None
        return 3
    return 2 if entry.particle else 1


def _lemma_in(head: Token, objects: frozenset[str]) -> bool:
    return head.lemma_.lower() in objects or head.lower_ in objects
