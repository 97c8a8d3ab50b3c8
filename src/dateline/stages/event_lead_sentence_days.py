"""The lead sentence's day for another act of the same sentence (session 111).

"Soldiers in Guinea-Bissau detained the head of the armed forces and briefly held the prime
minister on Thursday", "Serbia stopped a train ... on Saturday, accusing authorities in
Pristina of ...": a story filed the day after its news dates the news once in its lead, and
the parser hangs that day on one verb only. Another act of the lead sentence told as done,
which every other date rule left at the document date with no rule of its own (no mark of an
earlier time, of a span, of a report), took place that day, not on the document date
(events.date.lead-sentence-day.v1; judged rounds 41-116: of 46 acts of a lead sentence with
one past day dated to the document, 34 were judged wrong, 21 of them asking for that day; with
the guards below the rule dates 5 of those judged items, all 5 judged wrong before, and none
judged right). The guards cost most of the 21: the parser often hangs the day on a clause they
exclude.
Only when the sentence names one past day, within a week of the document date, told as past
(no perfect, no present), and the day dates no other act: not a possessive ("Tuesday's
election"), not a "since" phrase, not a report ("declared on Monday that"), not a relative or
noun clause that tells an act of its own ("hostages who were taken on Monday", "the bombing
carried out on Monday"), not a clause describing the doer ("Soldiers who arrived on Monday"),
not another doer's clause ("his deputy resigned on Monday"); nor an act inside a noun's
phrase ("the decision to expel"), which may be older. The parser hangs the day on a word that
tells no act often enough ("set fire to the building on Saturday", "convoys bound for ...")
that such a day counts as the sentence's.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from dateline.stages.event_lexicon import match
from dateline.stages.state import TimeAnchor, state_of
from dateline.stages.syntax import words

__all__ = ["LEAD_SENTENCE_DAY_RULE", "lead_sentence_day"]

LEAD_SENTENCE_DAY_RULE = "events.date.lead-sentence-day.v1"
#: How many days before the document date the lead's day may be (as ``lead-story-day.v1``).
LEAD_SENTENCE_REACH = 7
#: How many joined verbs up the doer of a verb is looked for.
DOER_REACH = 4


def lead_sentence_day(token: Token) -> tuple[str, str | None] | None:
    """The one past day of ``token``'s sentence when it is the story's lead: the value and the
    time id, or None."""
    from dateline.stages.event_dates import _lead_sentence  # event_dates calls this module

    doc = token.doc
    state = state_of(doc)
    lead = _lead_sentence(doc)
    if lead is None or not lead.start <= token.i < lead.end or state.document_date is None \
            or not _told_past(token) or _inside_noun_phrase(token) \
            or any(a.clause == token.i for a in state.time_anchors):
        return None
    days = [a for a in state.time_anchors
            if lead.start <= a.start < lead.end and _recent_day(a, state.document_date)]
    if not days or len({a.time.value for a in days}) != 1 \
            or not all(_dates_the_doer(a, token) for a in days):
        return None
    return days[0].time.value, days[0].time.id


def _told_past(token: Token) -> bool:
    """A simple past verb ("detained", "were killed"), or a participle or infinitive hung on one
    (", accusing", "walked in to press") with no auxiliary of its own but "to"; not a perfect
    ("has pledged" may be older), nor a present ("condemns")."""
    from dateline.stages.event_dates import _simple_past  # event_dates calls this module

    if token.pos_ != "VERB":
        return False
    if _simple_past(token):
        return True
    return token.tag_ in {"VBG", "VBN", "VB"} and token.dep_ in {"advcl", "conj", "xcomp"} \
        and token.head.tag_ == "VBD" \
        and not any(c.dep_ == "aux" and c.lower_ != "to" for c in token.children)


def _dates_the_doer(anchor: TimeAnchor, token: Token) -> bool:
    """The day may date ``token``: it hangs on no act of its own (a relative or noun clause, or
    a noun, that is itself an event: "hostages who were taken on Monday", "the attack on
    Friday"), on no report ("declared on Monday that"), in no "since" phrase, and on no clause
    with a subject of its own other than ``token``'s ("his deputy resigned on Monday"; a
    relative pronoun stands for the noun it hangs on). A day the parser hung on a word that
    tells no act ("the building on Saturday", "convoys bound for ...") is the sentence's."""
    doc = token.doc
    verb = doc[anchor.clause] if 0 <= anchor.clause < len(doc) else None
    head = _phrase_head(anchor, doc)
    doer = _doer(token)
    if verb is None or head is None or _since_phrase(doc[anchor.start]) \
            or _possessive(doc[anchor.end - 1]) or _describes(doer, verb, token):
        return False
    if head.pos_ in {"NOUN", "PROPN"} and head.i != verb.i:
        return match(head) is None
    if verb.lemma_.lower() in words("backshift_speech_verbs", "times") \
            or (verb.dep_ in {"relcl", "acl"}
                and (match(verb) is not None or match(verb.head) is not None)):
        return False  # "hostages who were taken on Monday", "the bombing carried out on Monday"
    verb_doer = _doer(verb)
    return doer is None or verb_doer is None or doer.i == verb_doer.i \
        or verb_doer.tag_ in {"WP", "WDT"}


def _possessive(last: Token) -> bool:
    """"Tuesday's election": the day is the possessor of a noun, the noun's own day."""
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return last.tag_ == "POS" or (following is not None and following.tag_ == "POS")


def _describes(doer: Token | None, verb: Token, token: Token) -> bool:
    """"Soldiers who arrived on Monday clashed": the day's clause describes ``token``'s doer."""
    return doer is not None and verb.i != token.i \
        and doer.left_edge.i <= verb.i <= doer.right_edge.i


def _phrase_head(anchor: TimeAnchor, doc: Doc) -> Token | None:
    """The word a time phrase hangs on: the first ancestor of its first word that is neither
    inside the phrase nor a preposition ("on Friday" hangs on the verb or noun before "on")."""
    for ancestor in doc[anchor.start].ancestors:
        if anchor.start <= ancestor.i < anchor.end or ancestor.pos_ == "ADP":
            continue
        return ancestor
    return None


def _since_phrase(word: Token) -> bool:
    """"Since taking office last Saturday": a day in a "since" phrase starts a span."""
    return any(a.lower_ == "since" for a in word.ancestors)


def _doer(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is joined to or hangs on as a participle."""
    for _ in range(DOER_REACH):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if verb.dep_ not in {"conj", "advcl", "xcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _recent_day(anchor: TimeAnchor, document: dt.date) -> bool:
    """A calendar day from one to ``LEAD_SENTENCE_REACH`` days before the document date."""
    value = anchor.time.value
    if anchor.time.type != "DATE" or len(value) != len("YYYY-MM-DD") or not value[:1].isdigit():
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.timedelta(0) < document - day <= dt.timedelta(days=LEAD_SENTENCE_REACH)


def _inside_noun_phrase(token: Token) -> bool:
    """"Spain's decision to back Morocco's plan", "the man Israel held responsible": an act in a
    noun's phrase may be older than the news."""
    return token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"}
