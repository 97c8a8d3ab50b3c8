"""The target of a reaction to an act told earlier is the act's author (wave 70, ev70a; issue 11).

Blind judges (rounds 41-42): "Moscow condemned the strike as illegal" after the story told a US
missile strike was coded with no target; the coder's target is the US, who struck. A reaction
(ACCUSE, REJECT, SUPPORT: ``clauses.reaction_types``) told by a verb of reacting
(``clauses.reacted_owner_verbs``) or of naming an act (``clauses.referred_act_verbs``: "called
the strike illegal") whose object is a definite act noun ("the attack", "this raid",
``clauses.referred_act_nouns``) with no possessor and no "by"/"of" party of its own (those are
read by events.args.reacted-act.v1, reacted-agent.v1, reacted-owner.v1) refers to the act the
story told last with that noun or its verb ("struck" for "the strike", "seized" for "the
seizure"), or that the noun is itself a mention of. That act's sources become the reaction's
target (``events.args.referred-act-author.v1``) when the reaction has none.

Nothing is taken when the latest such act has no source ("the attack" by unknown gunmen: no
target rather than an older attack's author), nor a party that is the reaction's own source or
its own state ("Kenya condemned the attack" never aims at Kenya).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dateline.record import Event
from dateline.stages.event_dates import DEFINITE_DETERMINERS
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

__all__ = ["REFERRED_ACT_RULE", "own_side", "referred_act_authors", "trigger_token",
           "untargeted_reactions"]

REFERRED_ACT_RULE = "events.args.referred-act-author.v1"
_NOUN_POS = frozenset({"NOUN"})
#: Statements are no acts a reaction names by an act noun (a protest strike is: "called the
#: strike illegal" aims at the strikers).
_STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The root token of the event's trigger."""
    return _token(doc, event.trigger.start, event.trigger.end)


def _act_lemmas(noun: Token) -> frozenset[str]:
    """The trigger lemmas that tell the act the noun names (the noun's own lemma too)."""
    lemma = noun.lemma_.lower()
    pairs = (p.split() for p in words("referred_act_nouns"))
    found = {verb for name, verb in pairs if name == lemma}
    return frozenset(found | {lemma}) if found else frozenset()


def _referred_noun(verb: Token) -> Token | None:
    """The definite act noun the reaction verb takes as object ("condemned the attack"), or as
    the subject of its naming complement ("called [the strike illegal]"; the parser also hangs
    "the arrest" on "unacceptable" as a compound), with no possessor and
    no "by"/"of" party of its own."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [s for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}
                for s in c.children if s.dep_ in SUBJECTS or s.dep_ == "compound"]
    for noun in objects:
        if noun.pos_ not in _NOUN_POS or not _act_lemmas(noun):
            continue
        kids = list(noun.children)
        if any(c.dep_ == "poss" for c in kids) or any(
                c.dep_ == "prep" and c.lower_ in {"by", "of"} for c in kids):
            return None
        if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in kids):
            return noun
    return None


def _told_act(noun: Token, reaction: Event, events: list[Event]) -> Event | None:
    """The event the noun is a mention of, else the latest event before it told by the noun's
    lemma or its verb (``clauses.referred_act_nouns``)."""
    doc = noun.doc
    start = noun.idx
    for event in events:
        if event is not reaction and event.trigger.start != reaction.trigger.start and any(
                m.start <= start < m.end for m in event.mentions) \
                and event.trigger.start < start:
            return event
    lemmas = _act_lemmas(noun)
    earlier = [e for e in events if e is not reaction and e.trigger.end <= start]
    for event in sorted(earlier, key=lambda e: e.trigger.start, reverse=True):
        token = _token(doc, event.trigger.start, event.trigger.end)
        if token is not None and token.lemma_.lower() in lemmas:
            return event
    return None


def own_side(candidate: str, sources: list[str], state: DocState) -> bool:
    """The reaction's own source, or a state of a source's own country (either way)."""
    if candidate in sources:
        return True
    actor = state.actor(candidate)
    if actor is None:
        return True
    sides = [a for i in sources if (a := state.actor(i)) is not None]
    return bool(actor.country) and any(
        a.country == actor.country and "country" in {a.kind, actor.kind} for a in sides)


def untargeted_reactions(doc: Doc, events: list[Event],
                         verbs: frozenset[str]) -> Iterator[tuple[Event, Token]]:
    """Each reaction (``clauses.reaction_types``) with no target told by one of ``verbs``,
    with its verb."""
    reacting = words("reaction_types")
    for event in events:
        if event.target or event.type.lower() not in reacting:
            continue
        verb = trigger_token(doc, event)
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
            yield event, verb


def referred_act_authors(doc: Doc, events: list[Event], state: DocState) -> None:
    """Fill the empty target of each reaction to an act told earlier with that act's sources
    (module docstring; events.args.referred-act-author.v1)."""
    verbs = words("reacted_owner_verbs") | words("referred_act_verbs")
    for event, verb in untargeted_reactions(doc, events, verbs):
        noun = _referred_noun(verb)
        if noun is None:
            continue
        act = _told_act(noun, event, events)
        if act is None or act.type in _STATEMENT_TYPES:
            continue
        authors = [a for a in act.source if not own_side(a, event.source, state)]
        if not authors:
            continue
        event.target = authors
        event.rule = f"{event.rule}+{REFERRED_ACT_RULE}"
