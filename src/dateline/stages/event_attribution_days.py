"""The day of a statement that tells an act, when the parse did not hang the day on the quote
(events.date.dated-attribution.v1, wave 63, judged round 39 and read in disc stories; v2 below).

"Saudi Arabia is not offering a mediator, a security source said Monday, days before talks were
due", "Iraqi forces have taken the town, said a security official on Saturday", "Montenegro and
Congo have agreed to cooperate, the two countries announced on Thursday", "a U.N. mission reported
Wednesday that 14 soldiers were killed": the statement is dated, so the act it tells as news took
place by then, and a coder gives it that day, not the later document date (round 39: "the
sentencing was reported on Monday, so the later document date is wrong"). The quotes stage misses
these when the parser hangs the trailing attribution on the act as a conjunct, on a noun as a
participle ("the two countries announced"), or the day on the clause after the cue; so does the
quote's time (events.date.report-time.v1).

The same holds for an act told in the main clause of a sentence that opens with a dated document
("In a decision published Thursday, the court dismissed the charges", "In a video released on
Sunday, the organizers warned ...").

The cue is a verb of ``times.attribution_day_verbs`` (or a participle of
``times.published_participles`` on a noun of ``times.published_nouns`` in a phrase opened by
"in"); the day is a past calendar day hung on the cue (or standing right after it). The act is in
the cue's reported clause, or the cue's phrase trails the act's clause after a comma and reports
no clause of its own. Acts not done (future, hypothetical) are left alone.

v2 (session 101; round 68): the trailing cue may go on with a participle (", officials said on
Thursday, drawing the kingdom into the conflict"), and its subject may be parsed as conjuncts of
the noun before the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_dates import past_day
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import sentence_of
from dateline.stages.timex_types import vocab

__all__ = ["ATTRIBUTION_DAY_RULE", "attribution_day"]

ATTRIBUTION_DAY_RULE = "events.date.dated-attribution.v2"
#: Links by which the act's clause reaches the clause a trailing attribution hangs on.
CLAUSE_LINKS = frozenset({"conj", "xcomp", "ccomp", "advcl"})
#: Links of the clause a cue reports.
REPORTED = frozenset({"ccomp", "parataxis"})
#: How many clauses up the walk goes.
DEPTH = 4


def attribution_day(token: Token) -> tuple[str, str] | None:
    """The day and time id of the dated statement that tells ``token``'s act, or None."""
    state = state_of(token.doc)
    sentence = sentence_of(token)
    verbs = frozenset(vocab()["attribution_day_verbs"])
    participles = frozenset(vocab()["published_participles"])
    found: tuple[str, str] | None = None
    for cue in sentence:
        if cue.i == token.i or cue.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = cue.lemma_.lower()
        if lemma in verbs:
            tells = _reports(cue, token) or _trails(cue, token)
        elif lemma in participles:
            tells = _opening_document(cue, token)
        else:
            continue
        if not tells:
            continue
        day = _cue_day(cue, state)
        if day is None:
            continue
        if found is not None and found != day:
            return None  # two dated statements: not decided here
        found = day
    return found


def _clause_chain(token: Token) -> list[Token]:
    """The trigger's clause and the clauses it hangs on through ``CLAUSE_LINKS``."""
    clause = token
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        if clause.dep_ == "pobj" and clause.head.lower_ in vocab()["sequence_marks"]:
            return []  # "restoring ties after a protest by ...": an act before the news
        clause = clause.head
    chain = [clause]
    for _ in range(DEPTH):
        if clause.dep_ not in CLAUSE_LINKS or clause.head.i == clause.i or _earlier(clause):
            break
        clause = clause.head
        chain.append(clause)
    return chain


def _earlier(clause: Token) -> bool:
    """"expelling two aid workers after they were detained": a clause of an act before (or
    after) the one it hangs on is not the news the statement tells (``times.sequence_marks``)."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in vocab()["sequence_marks"] for c in clause.children)


def _reports(cue: Token, token: Token) -> bool:
    """``token`` is in the clause ``cue`` reports ("reported Wednesday that 14 soldiers were
    killed")."""
    return any(c.head.i == cue.i and c.dep_ in REPORTED for c in _clause_chain(token))


def _trails(cue: Token, token: Token) -> bool:
    """``cue``'s phrase comes after ``token``'s clause behind a comma and reports no clause of
    its own ("..., a security source said Monday", "..., the two countries announced on
    Thursday"), and ``token``'s clause chain reaches the word the phrase hangs on."""
    if cue.i < token.i or any(_own_clause(c) for c in cue.children):
        return False
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and cue.dep_ == "conj":
        subject = _stray_subject(cue)
    if cue.dep_ == "acl":
        start, host = cue.head.left_edge.i, cue.head
        while host.dep_ in {"appos", "conj"} and host.head.i != host.i:
            host = host.head
        host = host.head if host.dep_ in {"nsubj", "nsubjpass"} else host
    elif cue.dep_ in {"conj", "parataxis", "ROOT"}:
        start = subject.left_edge.i if subject is not None and subject.i < cue.i else cue.i
        host = cue.head
    else:
        return False
    if start == 0 or token.doc[start - 1].text != "," or token.i >= start:
        return False
    chain = _clause_chain(token)
    if cue.dep_ == "ROOT":
        return any(c.head.i == cue.i and c.i < cue.i and c.dep_ in REPORTED for c in chain)
    return any(c.i == host.i for c in chain)


def _own_clause(child: Token) -> bool:
    """A clause the cue reports or governs, other than a participle that goes on after it."""
    if child.dep_ == "advcl":
        return not _trailing_participle(child)
    return child.dep_ in REPORTED | {"xcomp"}


def _trailing_participle(clause: Token) -> bool:
    """", ... said on Thursday, drawing the kingdom into the conflict": a participle after a comma
    that goes on with the sentence, not a clause the statement reports (v2, session 101)."""
    return clause.tag_ == "VBG" and clause.i > 0 and clause.doc[clause.i - 1].text == ","


def _stray_subject(cue: Token) -> Token | None:
    """", officials and the rebels said on Thursday", parsed as conjuncts of the noun before the
    comma: the first noun after the nearest comma before ``cue``, when only nouns, determiners
    and "and" stand between (v2, session 101)."""
    doc = cue.doc
    for i in range(cue.i - 1, max(cue.i - 8, 0), -1):
        if doc[i].text == ",":
            words_between = doc[i + 1 : cue.i]
            if words_between and all(w.pos_ in {"NOUN", "PROPN", "DET", "CCONJ", "ADJ"}
                                     for w in words_between):
                return words_between[0]
            return None
    return None


def _opening_document(cue: Token, token: Token) -> bool:
    """"In a decision published Thursday, the court dismissed ...": ``cue`` is a participle on a
    document noun (``times.published_nouns``) opened by "in" before the main clause, and
    ``token``'s clause chain reaches the verb the phrase hangs on."""
    noun = cue.head
    if cue.dep_ != "acl" or noun.lemma_.lower() not in vocab()["published_nouns"]:
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.i > token.i:
        return False
    last = max(t.i for t in prep.subtree)
    if last + 1 >= len(token.doc) or token.doc[last + 1].text != "," or token.i <= last:
        return False
    return any(c.i == prep.head.i for c in _clause_chain(token))


def _cue_day(cue: Token, state: DocState) -> tuple[str, str] | None:
    """A past calendar day hung on ``cue`` ("said Monday", "told reporters on Monday",
    "published on January 3"), or standing right after it when the parser hung it elsewhere
    ("said Monday, days before ...")."""
    for anchor in state.time_anchors:
        time = anchor.time
        if time.precision != "day" or not past_day(time.value or "", state):
            continue
        if state.document_date is not None and time.value == state.document_date.isoformat():
            continue  # the document's own day: the date stands as it is
        first = cue.doc[anchor.start]
        head = first
        while head.head.i != head.i and anchor.start <= head.head.i < anchor.end:
            head = head.head
        hung = head.head.i == cue.i and head.dep_ in {"npadvmod", "tmod", "obl"}
        through = head.dep_ == "pobj" and head.head.lower_ == "on" \
            and head.head.head.i == cue.i and head.head.dep_ == "prep"
        after = anchor.start == cue.i + 1 or (
            anchor.start == cue.i + 2 and cue.doc[cue.i + 1].lower_ == "on")
        if hung or through or after:
            return time.value, time.id
    return None
