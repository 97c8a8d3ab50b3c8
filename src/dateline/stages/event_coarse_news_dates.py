"""The news day for a statement told as this story's news under a coarse carried time (wave 82).

"Rebels seized the town in 2019. [...] The United States condemned the attack and urged calm.":
an act whose sentence gives no time of its own takes, from the story, a month or a year that an
earlier sentence gave, and events.date.coarse-narrative.v1 leaves it undated (a time that wide
is another act's). Blind judges of rounds 41-49 scored that missing date wrong for statements
told as the story's news: a government condemning, welcoming, urging or calling for something
in the main clause of its sentence, or in the complement of a report ("said she did not
recognise the new body"), is the reaction the news reports, so the document date is its date
(events.date.coarse-news-statement.v1). Not a standing charge ("critics accused him of
seeking a second term", "charged him with fraud", ``times.standing_charge_verbs``): its time is
the charge's, untold. Only statements (accuse, support, request): a deed told that way ("rallies
were held", "troops were sent") may be the story's background of the carried time. Not when
the statement is passive ("was widely criticised": a record, not a reaction), hung on another
clause (relative, adverbial, "after" or "when"), pluperfect or marked as older ("already",
"previously"), tied to the story told before it ("later", ``times.continuation_openers``; added
at the wave's merge after a disc story), told by a quoted speaker in the first person ("I asked
..."), nor when its sentence names a time of its own.

v3 of the statement, predicate, charge and flashback rules and v2 of the commitment rule
(session 115; judged round 138: "The European Union's foreign policy chief, Federica Mogherini,
called on Russia to release Savchenko" left undated): the parser hangs a simple past after the
subject's apposition on the subject's noun, as if a relative clause; that verb is the sentence's
main clause (``syntax.appositive_main_verb``).

v2 of all four rules here (session 109; judged rounds 65-106: "Aoun, who has lived in exile in
France since 1991, called on his supporters to stay calm", "Biya, who has ruled since 1982,
condemned the violence" left undated and scored wrong): a time inside a relative clause or an
apposition that describes a party ("who has ruled since 1982") is that party's story, not a time
of the sentence's statement; nor is a possessive time on a noun ("welcomed Sunday's decision",
"condemned Monday's violence"), the time of the thing reacted to.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.stages.event_lead_story_dates import STATEMENT_TYPES
from dateline.stages.event_lexicon import match
from dateline.stages.state import state_of
from dateline.stages.syntax import appositive_main_verb, governing_verb, sentence_of, words

__all__ = ["COARSE_NEWS_CHARGE_RULE", "COARSE_NEWS_COMMITMENT_RULE", "COARSE_NEWS_MEETING_RULE",
           "COARSE_NEWS_PREDICATE_RULE", "COARSE_NEWS_STATEMENT_RULE",
           "CONTENT_TIME_STATEMENT_RULE", "FLASHBACK_NEWS_MEETING_RULE",
           "FLASHBACK_NEWS_STATEMENT_RULE", "coarse_news_charge", "coarse_news_commitment",
           "coarse_news_content_time", "coarse_news_meeting", "coarse_news_statement"]

COARSE_NEWS_STATEMENT_RULE = "events.date.coarse-news-statement.v3"
#: Wave 96 (ev96k): the same statement joined to the predicate adjective of a reported state
#: ("said it was concerned and urged ...", where the parser hangs "urged" on "concerned").
COARSE_NEWS_PREDICATE_RULE = "events.date.coarse-news-predicate.v3"
#: Wave 101 (ev101m): the same statement right after a pluperfect or background sentence, which
#: events.date.flashback.v1 reads as the backstory going on ("The deal had stalled for months.
#: The envoy welcomed the signing and urged calm."). Blind judges of rounds 41-59 scored that
#: missing date wrong for most such statements: a reaction told in the main clause is the news
#: the story reports, after its backstory, so it keeps the document date.
FLASHBACK_NEWS_STATEMENT_RULE = "events.date.flashback-news-statement.v3"
#: Links from a predicate adjective up to the copula of its clause ("it was worried").
PREDICATE_LINKS = frozenset({"acomp"})
#: Clauses and phrases that describe a party; a time in them is the party's story.
DESCRIBING_DEPS = frozenset({"relcl", "appos"})
#: Auxiliaries a statement told as news may carry: none of a perfect, a future or a modal.
PLAIN_PAST_AUXILIARIES = frozenset({"did"})


#: Wave 105 (ev105e; judged rounds 41-84): a charge ("accused", "blamed") laid by a party the
#: story names as acting now ("Militia leaders accused Egypt of carrying out the raids", "Iranian
#: officials quickly blamed foreign powers"), told as the news like any other statement: 8 of
#: the 15 such charges left undated were scored wrong, the right ones laid by critics, rights
#: groups and governments at large (``times.standing_accuser_nouns``), whose charge stands.
COARSE_NEWS_CHARGE_RULE = "events.date.coarse-news-charge.v3"


def coarse_news_charge(token: Token, content_times: bool = False) -> bool:
    """A charge told as the story's news: a verb of ``times.news_charge_verbs`` (accuse, blame;
    not a prosecutor's "charged him with fraud", whose time is the indictment's) in the shape
    of a statement of the news, whose subject is no standing accuser."""
    if token.lemma_.lower() not in words("news_charge_verbs", "times"):
        return False
    accusers = words("standing_accuser_nouns", "times")
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lemma_.lower() in accusers or s.lower_ in accusers
                           for s in subjects):
        return False
    return coarse_news_statement(token, charges=True, content_times=content_times)


#: Session 115 (judged round 139: "Pompeo also accused Cuba of giving shelter to Americans
#: wanted for crimes including the killing of a New Jersey state trooper in 1973" left undated):
#: a time inside what a statement is about (its object, or the phrase or clause of its charge,
#: under a noun) dates that content, not the statement; the statement is still the news.
#: Read only when the rules above failed on such a time alone.
CONTENT_TIME_STATEMENT_RULE = "events.date.content-time-statement.v1"


def coarse_news_content_time(token: Token) -> bool:
    """A statement or a charge told as the news whose sentence's only times lie in its content."""
    if not _statement_time(token) or _statement_time(token, content_times=True):
        return False  # most statements: no time, or one of their own (read first: cheaper)
    return coarse_news_statement(token, content_times=True) \
        or coarse_news_charge(token, content_times=True)


def coarse_news_statement(token: Token, through_predicate: bool = False,
                          charges: bool = False, content_times: bool = False,
                          kind: Callable[[Token, str], bool] | None = None) -> bool:
    """True when ``token`` is a statement told as the story's news (module docstring).
    ``through_predicate``: the statement may be joined to a predicate adjective of a reported
    state ("said it was worried and urged calm": the worry and the call are one statement).
    ``charges``: a verb of a charge may be one (``coarse_news_charge`` has checked its subject).
    ``content_times``: a time inside what it is about does not count (``coarse_news_content_time``).
    ``kind``: instead of a statement, only an act this test of the trigger and its type accepts
    (a spoken commitment for ``coarse_news_commitment``, a meeting for ``coarse_news_meeting``)."""
    from dateline.stages.event_dates import _marked  # event_dates calls us

    entry = match(token)
    if token.pos_ != "VERB" or entry is None:
        return False
    if kind is not None:
        if not kind(token, entry.type):
            return False
    elif entry.type not in STATEMENT_TYPES or (
            not charges and token.lemma_.lower() in words("standing_charge_verbs", "times")):
        return False  # "accused him of seeking a second term": a standing charge, of no day
    clause = governing_verb(token)
    if clause.i != token.i or not _plain_active_past(clause) or _marked(clause):
        return False  # "accused X of ordering": the inner act is no statement of the news
    top = _main_clause(clause, through_predicate)
    return top is not None and not _marked(top) \
        and not _statement_time(token, content_times=content_times) \
        and not _continues_narrative(clause) and not _continues_narrative(top) \
        and not _told_in_first_person(clause)


#: Session 114 (judged rounds 65-134): a concession ("Marki-Zay conceded defeat") or a spoken
#: commitment ("Xi promised to step up cooperation", "they pledged cooperation") told in the main
#: clause under a coarse carried time was left undated, and judges scored 16 of 20 such wrong:
#: like a statement, it is the reaction the news reports, on the document date. Only the verbs
#: of a spoken commitment (``times.news_commitment_verbs``): "agreed to let the force through
#: after weeks of pressure" is a deed of the story's time.
COARSE_NEWS_COMMITMENT_RULE = "events.date.coarse-news-commitment.v2"
#: Types whose act is itself spoken, whatever the verb.
SPOKEN_TYPES = frozenset({"CONCEDE"})


def coarse_news_commitment(token: Token) -> bool:
    """A concession or a spoken commitment told as the story's news."""
    return coarse_news_statement(token, kind=_commitment)


def _commitment(token: Token, event_type: str) -> bool:
    return event_type in SPOKEN_TYPES or (
        event_type == "AGREE" and token.lemma_.lower() in words("news_commitment_verbs", "times"))


#: Session 115 (judged rounds 65-138): a meeting told in the main clause under a coarse carried
#: time ("The prince held talks with both Khatami and Khamenei", "Vance met Zelenskiy in Munich",
#: "Erdogan arrived in Cairo") was left undated, and judges scored 11 of the 14 such CONSULT
#: events wrong (the right ones were nouns, "his visits to Iran", which this rule does not read):
#: the meeting is the news the story reports. Only verbs of ``times.news_meeting_verbs``.
COARSE_NEWS_MEETING_RULE = "events.date.coarse-news-meeting.v1"
#: The same meeting told right after a pluperfect or background sentence, which
#: events.date.flashback.v1 reads as the backstory going on ("In the end Abbott held a private
#: meeting with Putin", "Obama ... met Turkish President Abdullah Gul on the sidelines"): judged
#: rounds 65-138 scored all such CONSULT events left undated wrong (the flashback's right ones
#: were charges and refusals of the backstory). It keeps the document date.
FLASHBACK_NEWS_MEETING_RULE = "events.date.flashback-news-meeting.v1"


def coarse_news_meeting(token: Token) -> bool:
    """A meeting, talks or an arrival told as the story's news."""
    return coarse_news_statement(token, kind=_meeting)


def _meeting(token: Token, event_type: str) -> bool:
    """A meeting verb, not negated: a meeting that did not happen has no day of its own."""
    meeting_verbs = words("news_meeting_verbs", "times")
    return event_type == "CONSULT" and token.lemma_.lower() in meeting_verbs \
        and not any(c.dep_ == "neg" for c in token.children)


def _statement_time(token: Token, content_times: bool = False) -> bool:
    """A time expression in the sentence, outside a relative clause or an apposition that
    describes a party and does not hold the statement ("Aoun, who has lived in exile since
    1991, called ...") and not the possessive of a noun ("Sunday's decision"). A length of
    time dates nothing. ``content_times``: nor a time inside what the statement is about
    (``CONTENT_TIME_STATEMENT_RULE``)."""
    sentence, doc = sentence_of(token), token.doc
    times = [a.start for a in state_of(doc).time_anchors
             if sentence.start <= a.start < sentence.end and a.time.type != "DURATION"
             and not _noun_time(doc[a.start:a.end].root)
             and not (content_times and _content_time(doc[a.start:a.end].root, token))]
    if not times:  # most sentences: no phrase to read
        return False
    described = {w.i for phrase in sentence
                 if phrase.dep_ in DESCRIBING_DEPS and token not in phrase.subtree
                 for w in phrase.subtree}
    return any(start not in described for start in times)


#: Dependencies of what a statement is about: its object and the phrase or clause of its
#: charge ("accused Cuba of giving shelter", "condemned the killing").
CONTENT_DEPS = frozenset({"dobj", "prep", "pcomp", "xcomp"})


def _content_time(root: Token, statement: Token) -> bool:
    """The time hangs on a noun inside what the statement is about ("the killing of a trooper
    in 1973" under "accused Cuba of giving shelter to Americans wanted for crimes ...")."""
    preps = words("charge_content_preps", "times")
    content = {t.i for c in statement.children if c.dep_ in CONTENT_DEPS
               and not (c.dep_ == "prep" and c.lower_ not in preps)
               for t in c.subtree}
    if root.i not in content:
        return False
    holder = root.head
    if holder.dep_ == "prep" and holder.head.i != holder.i:
        holder = holder.head  # "in 1973" -> "in" -> what it is on
    return holder.pos_ in {"NOUN", "PROPN"} or (holder.pos_ == "VERB" and holder.tag_ == "VBN"
                                                 and holder.dep_ == "acl")


def _noun_time(root: Token) -> bool:
    """"welcomed Sunday's decision", "condemned Monday's violence": a possessive time dates its
    noun, the thing reacted to, not the reaction."""
    return root.dep_ == "poss" and root.head.pos_ == "NOUN"


def _told_in_first_person(verb: Token) -> bool:
    """"I asked the prosecutor to open a case": a speaker quoted on an act of their own tells
    it at a time of their story, not the reporter's news day (lead's check at the merge, val)."""
    pronouns = words("quoted_first_person_singular") | words("quoted_first_person_plural")
    return any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in verb.children)


def _continues_narrative(verb: Token) -> bool:
    """"The administration later accused ... and called for ...": an adverb of sequence
    (``times.continuation_openers``) ties the act to the story told before it, at the carried
    time, not to the news day."""
    openers = words("continuation_openers", "times")
    return any(c.dep_ == "advmod" and c.lower_ in openers for c in verb.children)


def _plain_active_past(verb: Token) -> bool:
    """"urged", "did not recognise": a simple past in the active voice."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries - PLAIN_PAST_AUXILIARIES:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VB" and bool(auxiliaries))


def _main_clause(clause: Token, through_predicate: bool = False) -> Token | None:
    """The sentence's root that ``clause`` belongs to as the main clause, a conjunct of it, or
    the complement of a report in the simple past ("said it was concerned and urged ..."); None
    for a clause hung on another one (relative, adverbial, marked)."""
    report_verbs = words("news_report_verbs", "times")
    for _ in range(5 if through_predicate else 4):
        if any(c.dep_ == "mark" for c in clause.children):
            return None
        if clause.dep_ == "ROOT" or appositive_main_verb(clause):
            return clause
        reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in report_verbs \
            and _plain_active_past(clause.head)
        predicate = through_predicate and clause.dep_ in PREDICATE_LINKS
        if clause.dep_ != "conj" and not reported and not predicate:
            return None
        clause = clause.head
    return None
