"""Dates that a neighbouring sentence gives an act (issue 11, wave 36: the judges' most frequent
date error of rounds 21-22 was an act given the document date although the text dates it).

"Leaders of Egypt and Jordan agreed to expand trade. The agreement was reached on Saturday in
Cairo": the second sentence says when the act of the first took place. It has a definite noun
naming an act of the first's kind as the subject ("the agreement", "the attack", "the talks"), a
light verb that only says the act happened (``times.restating_light_verbs``: "took place",
"happened", "was held", "was reached", "came"), and a calendar time on that verb. Such a
sentence dates the nearest act of its kind in the sentence before it or, when that sentence
tells none, in the sentence after it; an act that had only the document date takes that time
(``basis`` "narrative": a date from the context, not from the act's own clause), with the rule
``events.date.restated-time.v1``.

The act's kind is the lexicon's: the noun's own trigger entry, or that of the light verb when
the verb's sense takes the noun ("reach" an agreement is AGREE, "hold" talks is CONSULT).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.event_dates import DEFINITE_DETERMINERS, past_day, plain_definite
from dateline.stages.event_lexicon import match
from dateline.stages.state import state_of
from dateline.stages.syntax import doc_text, governing_verb, sentence_of, words
from dateline.stages.timex import vocab

__all__ = ["RESTATED_RULE", "restated_time"]

RESTATED_RULE = "events.date.restated-time.v1"
#: Auxiliaries of a light verb told in the simple past, active or passive ("took place", "was
#: held"): a light verb in another tense ("will be held", "has come") dates no done act.
PAST_AUXILIARIES = frozenset({"was", "were"})


def restated_time(token: Token) -> tuple[str, str | None] | None:
    """The day (value, time id) a neighbouring sentence gives the act of ``token`` (module
    docstring), or None. Only for an act whose date would be the document's: the caller asks."""
    entry = match(token)
    if entry is None or _marked_new(token):
        return None
    doc = token.doc
    sentence = sentence_of(token)
    for dating in (_neighbour(sentence, -1), _neighbour(sentence, 1)):
        if dating is None:
            continue
        found = _dating_time(dating, entry.type)
        if found is None:
            continue
        dating_after = dating.start > sentence.start
        if _nearest_of_kind(sentence, entry.type, last=dating_after) != token.i:
            continue
        if not dating_after:  # the dating sentence dates the act before it first, if any
            before = _neighbour(dating, -1)
            if before is not None and _nearest_of_kind(before, entry.type, last=True) is not None:
                continue
        if past_day(found[0][:10], state_of(doc)):
            return found
    return None


def _neighbour(sentence: Span, step: int) -> Span | None:
    """The sentence just before (``step`` -1) or after (1), across at most one line break."""
    doc = sentence.doc
    index = sentence.start - 1 if step < 0 else sentence.end
    if not 0 <= index < len(doc):
        return None
    other = sentence_of(doc[index])
    first, second = (other, sentence) if step < 0 else (sentence, other)
    between = doc_text(doc)[first.end_char : second.start_char]
    return other if between.count("\n") <= 1 and other.text.strip() else None


def _dating_time(sentence: Span, kind: str) -> tuple[str, str | None] | None:
    """The past calendar time of a sentence that says an act of ``kind`` took place then: a
    definite act noun as the subject of a light verb in the simple past, and a time of that
    verb's own clause that is no span bound or count from another time."""
    state = state_of(sentence.doc)
    for verb in sentence:
        if not _light_verb(verb):
            continue
        nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not any(_act_noun(noun, verb) == kind for noun in nouns):
            continue
        for anchor in state.time_anchors:
            if anchor.clause == verb.i and not anchor.relational and anchor.point is not None \
                    and anchor.time.value[:1].isdigit() and not _bounded(anchor.start, sentence):
                return anchor.time.value, anchor.time.id
    return None


def _light_verb(verb: Token) -> bool:
    """A verb that only says a happening took place (``times.restating_light_verbs``; "take"
    with its object "place"), in the simple past."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries - PAST_AUXILIARIES or (verb.tag_ == "VBN" and not auxiliaries):
        return False
    lemma = verb.lemma_.lower()
    for entry in vocab()["restating_light_verbs"]:
        word, _, obj = entry.partition(" ")
        if lemma == word and (not obj or any(c.dep_ == "dobj" and c.lemma_.lower() == obj
                                             for c in verb.children)):
            return True
    return False


def _act_noun(noun: Token, verb: Token) -> str | None:
    """The act kind a plain definite noun names: its own trigger entry, else the light verb's
    when that verb's sense takes the noun ("the agreement was reached")."""
    if noun.pos_ != "NOUN" or not plain_definite(noun) \
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                       for c in noun.children):
        return None
    own = match(noun)
    if own is not None:
        return own.type
    verb_entry = match(verb)
    return verb_entry.type if verb_entry is not None else None


def _bounded(start: int, sentence: Span) -> bool:
    """The time follows a word that makes it a bound or a reference ("until Friday", "after
    Monday's vote"), not the day the act took place."""
    doc = sentence.doc
    return start > sentence.start and doc[start - 1].lower_ in vocab()["retold_other_preps"]


def _nearest_of_kind(sentence: Span, kind: str, last: bool) -> int | None:
    """The index of the last (or first) word of ``sentence`` whose trigger entry is of
    ``kind``, a verb or noun: the act a dating sentence next to it tells again."""
    found = [t.i for t in sentence if t.pos_ in {"VERB", "NOUN"}
             and (entry := match(t)) is not None and entry.type == kind
             and governing_verb(t).dep_ != "relcl"]
    if not found:
        return None
    return found[-1] if last else found[0]


def _marked_new(token: Token) -> bool:
    """"The ministers also signed an agreement": an act marked as another one is not the act a
    neighbouring sentence dates."""
    adverbs = words("new_act_adverbs")
    clause = governing_verb(token)
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in clause.children)
