"""Harm acts the stage missed entirely (wave 39, ev39b).

``events.args.bomb-blast.v1``: "a bomb blast killed three soldiers", "a series of deadly blasts
... killed at least 80 people" in a sentence about attacks: a blast or an explosion
(``clauses.blast_nouns``) as the subject of a killing names no one who set it off, so the act
stands with no source, as a weapon there does (``events.args.weapon-agent.v1``), and it is
political violence whoever it killed. Only when the sentence tells a weapon or an attack
(``blast_attack_words``) or the dead are armed men (``blast_armed_victims``), and never when it
tells an accident (``blast_accident_words``): "a gas explosion at the plant killed three
workers" stays no event (sense rule ``thing-as-attacker``).

``events.gate.deadly-strike.v1``: "the strike was carried out on Wednesday, killing the group's
deputy leader": a strike, attack or raid that kills someone (its victims read by
``events.args.toll-victims.v1``) is violence, not a labour strike or a sports attack, so the
political gate that guards ambiguous words like "strike" does not turn it down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_domestic import TOLL_VICTIMS
from dateline.stages.event_lexicon import through_quantity
from dateline.stages.syntax import sentence_of, words

BLAST_RULE = "events.args.bomb-blast.v1"
DEADLY_STRIKE_RULE = "events.gate.deadly-strike.v1"
#: Clause links through which a participle with no subject of its own takes its clause's.
SHARED_SUBJECT = frozenset({"advcl", "conj", "xcomp"})
RELATIVE = frozenset({"WDT", "WP"})


def clause_subjects(token: Token) -> list[Token]:
    """The subjects of a verb, or its clause's for a participle with none of its own ("a bomb
    went off, killing 14")."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ in SHARED_SUBJECT:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return subjects


def blast_subjects(token: Token) -> list[Token]:
    """The subject heads of a verb (``clause_subjects``; the noun a quantity counts: "a series
    of blasts"), and a relative clause's noun for its pronoun ("a blast that killed 22")."""
    subjects = clause_subjects(token)
    if token.dep_ == "relcl":
        subjects = [token.head if s.tag_ in RELATIVE else s for s in subjects]
    return [through_quantity(s) for s in subjects]


def bomb_blast(token: Token) -> bool:
    """A killing whose subject is a blast the sentence tells as an attack (module doc)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("blast_verbs"):
        return False
    subjects = blast_subjects(token)
    if not subjects or not all(s.lemma_.lower() in words("blast_nouns")
                               or s.lower_ in words("blast_nouns") for s in subjects):
        return False
    sentence = [(t.lemma_.lower(), t.lower_) for t in sentence_of(token)]
    if any(w in words("blast_accident_words") for pair in sentence for w in pair):
        return False
    if any(w in words("blast_attack_words") for pair in sentence for w in pair):
        return True
    victims = [c for c in token.children if c.dep_ == "dobj"]
    return any(v.lemma_.lower() in words("blast_armed_victims") for v in victims)


#: The sense condition ``bomb_blast`` (senses.yaml, thing-as-attacker.v3).
BLAST_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "bomb_blast": lambda t, e, s, wanted: bomb_blast(t) == wanted,
}


def deadly_strike(token: Token, entry_type: str, rules: list[str]) -> bool:
    """A hostile act noun of ASSAULT whose victims it killed were read (module doc)."""
    return entry_type == "ASSAULT" and token.pos_ == "NOUN" and TOLL_VICTIMS in rules
