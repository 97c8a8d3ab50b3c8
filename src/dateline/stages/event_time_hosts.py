"""Which act a time dates, and background acts of a participant (issue 11, wave 41, ev41d).

- ``events.date.perfect-noun-time.v1``: "Washington has slapped sanctions on North Korea for its
  missile launches last year": a present perfect tells its act as news of the document's day and
  takes no closed time of another day; a time the parse hangs on a noun of its clause (the
  launches, "the government's announcement Monday", "a ruling on August 24, 2017") dates that
  noun. The act takes the document date.
- ``events.date.relative-participant.v1``: "a case about a young man who was charged with
  theft": a simple past passive in a relative clause on a participant, with no time of its own,
  tells that participant's past, not the news; it has no date rather than the document's (a
  present main clause is ``events.date.relative-past.v1``'s; this one covers the rest).
- ``events.date.relative-antecedent-time.v1`` (session 114; judged rounds 41-134: 16 of 24
  relative-participant dates scored wrong, most where the text dates the happening): "The vote
  on Tuesday was marred by violence in which several people were killed": the relative clause
  tells what happened in a happening that is a party of a dated clause; it takes that clause's
  time, not none (a time of the noun's own phrase, "a war in 1992 in which", is
  events.date.dated-relative-head.v2's). Not through "after", "before" or "since" ("detained
  on Saturday, hours after a coup attempt in which ...": the attempt is older), nor a length.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.state import DocState, TimeAnchor
from dateline.stages.syntax import governing_verb, words

__all__ = ["PERFECT_NOUN_RULE", "RELATIVE_ANTECEDENT_RULE", "RELATIVE_PARTICIPANT_RULE",
           "hosted_date"]

PERFECT_NOUN_RULE = "events.date.perfect-noun-time.v1"
RELATIVE_PARTICIPANT_RULE = "events.date.relative-participant.v1"
RELATIVE_ANTECEDENT_RULE = "events.date.relative-antecedent-time.v1"
#: How a happening a relative clause hangs on is a party of the clause whose time it takes.
ANTECEDENT_PARTY_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
#: Prepositions that put the happening in the clause's own time ("marred by violence", "killed
#: in a war"), not before or after it.
ANTECEDENT_PREPS = frozenset({"by", "in", "during", "amid"})
#: Auxiliaries of a present perfect, and those that make a perfect past, future or conditional.
PERFECT_NOW = frozenset({"has", "have", "'s", "'ve"})
PERFECT_OTHER = frozenset({"had", "'d", "will", "would"})
#: Entity kinds of a party: a time after a party's name ("police in Gaza on Monday") is no
#: time of a thing.
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Clause links a relative clause's past reaches a trigger through ("who was hit and detained").
RELATIVE_LINKS = frozenset({"conj"})
#: How many links up a relative clause is looked for.
DEPTH = 2


def hosted_date(token: Token, date: EventDate, state: DocState) -> tuple[EventDate, str | None]:
    """The event's date after the two rules of the module docstring, and the rule that set it
    (None: ``date`` unchanged)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return date, None
    if date.basis == "explicit" and state.document_date is not None \
            and _noun_time_of_perfect(token, date, state):
        return EventDate(state.document_date.isoformat(), None, "document_date"), \
            PERFECT_NOUN_RULE
    if date.basis == "document_date" and _participant_past(token):
        dated = _antecedent_time(token, state)
        if dated is not None:
            return EventDate(dated.time.value, dated.time.id, "explicit"), \
                RELATIVE_ANTECEDENT_RULE
        return EventDate(None, None, "unknown"), RELATIVE_PARTICIPANT_RULE
    return date, None


def _antecedent_time(token: Token, state: DocState) -> TimeAnchor | None:
    """The one time of the clause whose party is the happening the trigger's relative clause
    hangs on ("was marred on Tuesday by violence in which ..."); a time of the noun's own phrase
    ("a war in 1992 in which") is events.date.dated-relative-head.v2's. None when there is none
    or more than one, or the time is a length."""
    clause = _relative_clause(token)
    verb = _party_of(clause.head) if clause is not None else None
    if clause is None or verb is None:
        return None
    inner = {t.i for t in clause.subtree}
    found = [a for a in state.time_anchors if a.clause == verb.i and a.start not in inner
             and a.time.type != "DURATION" and (a.time.value or "")[:1].isdigit()]
    return found[0] if len(found) == 1 else None


def _relative_clause(token: Token) -> Token | None:
    """The relative clause the trigger's verb is, or hangs on through a conjunct."""
    clause = governing_verb(token)
    for _ in range(DEPTH):
        if clause.dep_ == "relcl":
            return clause
        if clause.dep_ not in RELATIVE_LINKS or clause.head.i == clause.i:
            return None
        clause = governing_verb(clause.head)
    return None


def _party_of(noun: Token) -> Token | None:
    """The verb the noun is a party of: subject or object, or the object of "by", "in",
    "during" or "amid" on it."""
    if noun.dep_ in ANTECEDENT_PARTY_DEPS and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ANTECEDENT_PREPS \
            and prep.head.pos_ in {"VERB", "AUX"} and prep.dep_ in {"prep", "agent"}:
        return prep.head
    return None


def _noun_time_of_perfect(token: Token, date: EventDate, state: DocState) -> bool:
    clause = governing_verb(token)
    if clause.tag_ != "VBN" or not _perfect_of_now(clause):
        return False
    anchor = next((a for a in state.time_anchors if a.time.id == date.time), None)
    if anchor is None or _holds_document_day(date, state):
        return False
    host = _host(token, anchor)
    return host is not None and host.pos_ in {"NOUN", "PROPN"} \
        and host.ent_type_ not in PARTY_ENTITIES and governing_verb(host).i == clause.i


def _perfect_of_now(verb: Token) -> bool:
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(auxiliaries & PERFECT_NOW) and not auxiliaries & PERFECT_OTHER


def _holds_document_day(date: EventDate, state: DocState) -> bool:
    """"this year", "this week": a time that holds the document's day suits a present perfect."""
    day = state.document_date.isoformat() if state.document_date else None
    return day is None or date.start is None or date.end is None \
        or date.start <= day <= date.end


def _host(token: Token, anchor: TimeAnchor) -> Token | None:
    """The word a time hangs on, past the prepositions that join it ("on", "of")."""
    doc = token.doc
    word = doc[anchor.start : anchor.end].root
    while word.head.i != word.i:
        word = word.head
        if anchor.start <= word.i < anchor.end or word.pos_ == "ADP":
            continue
        return word
    return None


def _participant_past(token: Token) -> bool:
    clause = _relative_clause(token)
    return clause is not None and _past_passive(clause) and _participant(clause.head) \
        and not _scene(clause)


def _scene(clause: Token) -> bool:
    """"the parking lot, where an officer was shot": a relative opened by a word of place or time
    tells what happened there, in the scene of its sentence (the parse may hang the word on a
    conjunct, so the words before the verb are read)."""
    before = clause.doc[clause.left_edge.i : clause.i]
    return any(t.lower_ in words("scene_relative_words") for t in before)


def _past_passive(verb: Token) -> bool:
    """"was charged", "were killed": what was done to the participant, in the simple past. An
    active relative often goes on with the scene of its sentence ("clashed with police, who
    fired tear gas": 8 of 20 such changes wrong on disc), a passive one seldom (2 of 20)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    passive = {c.lower_ for c in verb.children if c.dep_ == "auxpass"}
    return verb.tag_ == "VBN" and bool(passive) \
        and auxiliaries <= words("past_simple_auxiliaries")


def _participant(head: Token) -> bool:
    """A noun or pronoun the relative clause describes ("a young man who", "those who")."""
    return head.pos_ in {"NOUN", "PROPN", "PRON"}
