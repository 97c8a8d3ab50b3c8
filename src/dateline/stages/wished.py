"""Wished, recommended and allowed acts (issue 11, round 7; ``wished`` in
``lexicon/events/senses.yaml``).

An act that someone says should happen, urges, encourages, recommends or that a rule allows is
not asserted: "the U.S. should use its leverage to compel its allies to investigate",
"encouraging the nation's top banks to provide the money", "the law allows police to freeze,
confiscate and detain". Its modality is ``hypothetical`` (the record contract has no
``desired``); the urging itself, when it is an event (REQUEST), is coded on its own verb.

So is a noun act that is the object of a call, demand or wish (round 11, ``wished_object``):
"called for the withdrawal of the settlements" does not assert a withdrawal.

So is an act in a clause of time or condition under a verb that has not happened (round 10,
``awaited`` in ``senses.yaml``): "workers will be paid until Ford negotiates a new contract",
"they would not return to work until the government negotiates a settlement", "as soon as the
Netherlands ratifies its membership, the Commission will start": the act is awaited, not done.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dateline.stages.event_gate import section_rule, section_words, senses_section

#: Dependencies through which an act is what its governing verb wishes or allows.
WISHED_THROUGH = frozenset({"xcomp", "ccomp", "advcl"})
#: Tags of a verb of permission that states a standing power ("the law allows"), not a past
#: permission that let the act happen ("allowed the convoy to pass").
STANDING_TAGS = frozenset({"VBZ", "VBP", "VB"})
#: How many governing verbs are looked at, innermost first.
DEPTH = 3


@dataclass(frozen=True)
class Wished:
    rule: str
    obligations: frozenset[str]
    wishes: frozenset[str]
    permissions: frozenset[str]
    for_callers: frozenset[str]
    awaited_marks: frozenset[str]
    as_heads: frozenset[str]
    unrealised_auxiliaries: frozenset[str]


@cache
def wished_words() -> Wished:
    raw = senses_section("wished")
    awaited = senses_section("awaited")
    return Wished(rule=section_rule(raw), obligations=section_words(raw, "obligations"),
                  wishes=section_words(raw, "wishes"),
                  permissions=section_words(raw, "permissions"),
                  for_callers=section_words(raw, "for_callers"),
                  awaited_marks=section_words(awaited, "marks"),
                  as_heads=section_words(awaited, "as_heads"),
                  unrealised_auxiliaries=section_words(awaited, "auxiliaries"))


def wished(clause: Token) -> bool:
    """Whether the act of ``clause`` (its verb) is only wished, recommended or allowed by a
    verb that governs it through a complement or purpose clause (a conjunct shares its first
    conjunct's governor: "allows police to freeze, confiscate and detain")."""
    current = clause
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if awaited(current):
        return True
    for _ in range(DEPTH):
        if current.head.i == current.i:
            return False
        if current.dep_ == "acl" and current.head.pos_ == "NOUN":  # "worries that ... will"
            return _infinitive_or_that(current) and \
                current.head.lemma_.lower() in wished_words().wishes
        if current.dep_ not in WISHED_THROUGH:
            return False
        if not _infinitive_or_that(current):
            return False
        current = current.head
        if _wishing(current):
            return True
    return False


def wished_object(token: Token) -> bool:
    """A noun act that is what someone calls for, demands or seeks ("called for the withdrawal of
    the settlements", "demanded the release of the prisoners") is wished, not done
    (``modality.wished-object.v1``, judged round 9). The call or demand is its own event."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
        return head.head.lemma_.lower() in wished_words().for_callers
    return token.dep_ == "dobj" and head.lemma_.lower() in wished_words().wishes


def _infinitive_or_that(clause: Token) -> bool:
    """A to-infinitive, a that-clause or a bare subjunctive ("urged that Kyiv withdraw")."""
    return any(c.dep_ in {"aux", "mark"} and c.lower_ in {"to", "that"} for c in clause.children) \
        or (clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children))


def _wishing(verb: Token) -> bool:
    words = wished_words()
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ in words.obligations for c in verb.children):
        return True  # "should use its leverage to compel"
    if lemma in words.wishes:
        return True
    standing = verb.tag_ in STANDING_TAGS or (verb.tag_ == "VBG" and verb.dep_ == "acl")
    return lemma in words.permissions and standing


def awaited(clause: Token) -> bool:
    """Whether ``clause`` (a verb) is a clause of time or condition ("until", "once", "as soon
    as", "when") under a verb that has not happened (it has a future, conditional or modal
    auxiliary: "will be paid until Ford negotiates"), and has no auxiliary of its own (which
    the modality stage reads itself)."""
    head = clause.head
    if clause.dep_ != "advcl" or head.i == clause.i or clause.pos_ not in {"VERB", "AUX"}:
        return False
    words = wished_words()
    marks = words.awaited_marks
    if head.dep_ == "advmod" and head.lower_ in words.as_heads and head.head.i != head.i:
        head, marks = head.head, marks | {"as"}  # "as soon as X ratifies, Y will ..."
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in clause.children):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    if clause.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ == "have" for c in head.children):
        return False  # "would have seemed improbable when Haftar's forces attacked Tripoli in
        # 2019": under an unreal past the time clause tells what did happen (wave 104)
    return any(c.dep_ == "aux" and c.lower_ in words.unrealised_auxiliaries
               for c in head.children)
