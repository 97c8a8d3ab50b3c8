"""One act told by a verb and by the noun of the blow that did it (wave 67, ev67d; issue 11).

"Israeli airstrikes killed two civilians", "an air raid destroyed the depot", "was killed in a
drone strike", "were murdered in an attack by gunmen": the noun of the attack is the means of
the harm its verb tells, and a coder codes one ASSAULT, not two. The verb's event is the
better-argued one (it names who was hit); the noun's folds into it
(``events.repeat.means-noun.v1``): the verb's event takes the noun's trigger as a mention.

A noun folds only when it is an ASSAULT noun trigger that is
- the subject of the verb ("the raid destroyed"), or of a verb whose clause the harm verb
  completes ("airstrikes continue killing"), or
- the object of a preposition of means or occasion (``clauses.means_noun_preps``: "killed in a
  strike", "during raids", "by a bombing") attached to the verb,
and the verb's event is an ASSAULT of the same sentence and modality whose sources and targets
hold the noun event's own (a noun with another attacker or another target stays an act).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Event
from dateline.stages.syntax import SUBJECTS, words

__all__ = ["MEANS_RULE", "fold_means_nouns"]

MEANS_RULE = "events.repeat.means-noun.v1"
_TYPE = "ASSAULT"
_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def _token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _verbs_of(noun: Token) -> list[Token]:
    """The verbs whose act the noun is the means of (module docstring)."""
    head = noun.head
    if noun.dep_ in SUBJECTS:
        return [head, *(c for c in head.children if c.dep_ == "xcomp")]
    if noun.dep_ == "pobj" and head.lower_ in words("means_noun_preps") \
            and head.dep_ == "prep" and head.head.i != head.i:
        return [head.head]
    return []


def _fits(noun_event: Event, verb_event: Event) -> bool:
    return (verb_event.type == _TYPE and verb_event.modality == noun_event.modality
            and verb_event.sentence.start == noun_event.sentence.start
            and bool(verb_event.source or verb_event.target)
            and set(noun_event.source) <= set(verb_event.source)
            and set(noun_event.target) <= set(verb_event.target))


def fold_means_nouns(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each ASSAULT noun that is the means of an ASSAULT verb's act folded into
    the verb's event (``events.repeat.means-noun.v1``), renumbered."""
    tokens = {id(e): _token(doc, e) for e in events}
    by_verb = {t.i: e for e in events if (t := tokens[id(e)]) is not None
               and t.pos_ in _VERB_POS and e.type == _TYPE}
    folded: set[int] = set()
    for event in events:
        noun = tokens[id(event)]
        if event.type != _TYPE or noun is None or noun.pos_ not in _NOUN_POS:
            continue
        for verb in _verbs_of(noun):
            kept = by_verb.get(verb.i)
            if kept is None or kept is event or not _fits(event, kept):
                continue
            kept.mentions.append(event.trigger)
            if MEANS_RULE not in kept.rule.split("+"):
                kept.rule = f"{kept.rule}+{MEANS_RULE}"
            folded.add(id(event))
            break
    if not folded:
        return events
    out = [e for e in events if id(e) not in folded]
    for number, event in enumerate(out, start=1):
        event.id = f"e{number}"
    return out
