"""Acts told as earlier than the news, or summed over a span: no date (issue 11, wave 43, ev43d).

CONVENTIONS.md, "Date": a background act of an earlier time given the document date is wrong,
and a total or a span summed from an earlier time has no date. Each rule below applies only to an
act whose date is the document's or a narrative one carried from another sentence (the text
gives it no time of its own), and makes it undated (``basis`` unknown).

- ``events.date.recent-act-noun.v1``: "the announcement came following the recent clashes",
  "the operation follows recent clashes": an act noun marked as earlier than the news
  (``clauses.earlier_act_modifiers``: recent, previous, earlier ...) is background of an untold
  day. "The latest clashes" is the news itself and keeps its date, and "this recent raid"
  points back to an act the story told (``clauses.pointing_determiners``).
- ``events.date.since-chain.v1``: "Since the war ended, the area has erupted in violence, with
  Baku accusing Armenia", "Since then, he has been silent, allowing his successor to accuse
  him": an act in a clause hanging on a simple present perfect that runs from a "since" time
  is part of that span. Not when a perfect progressive is on the way ("have been protesting
  since June, demanding ..."), an act still going on that keeps the document date, nor an act
  noun that is the perfect's subject ("torture has been on the increase since ...": the run
  itself, going on), nor the first act of its kind since a time ("the first time they have
  met since 1986": the act is the news), nor a conjunct with a tense of its own ("has
  maintained ... since his arrest and is now serving"), nor a run of the last days.
- ``events.date.counted-total.v1``: "nearly 5,000 people have been detained", "Honduras has
  detained an estimated 17,846 people": a simple present perfect of an act done to people one
  by one (``clauses.tally_verbs``: arrest, detain, deport, kill ...) on a party counted in
  thousands with a word of estimate (``clauses.estimate_words``) is a running total, not one
  day's act. "Some 1,800 police have been deployed" is one act (no tally verb); a plain count
  ("has detained 2,000 people") and a count whose clause holds a time ("on Sunday") keep their
  date.
- ``events.date.counted-toll.v1`` (wave 82, ev82h): "dozens of civilians have been killed",
  "a campaign in which thousands of suspects have been killed", "more than 20 people have been
  killed, according to rights groups": a simple present perfect of killing or wounding
  (``times.toll_verbs``) whose party is counted loosely (``clauses.loose_count_nouns``, or a
  number after a word of estimate) sums the dead of the run so far; a total has no date (judged
  wrong with the document date in rounds 48-49). Not when the clause ties the toll to one
  incident or place (``clauses.toll_incident_preps``: "in a suicide bombing", "by a roadside
  bomb"), or to a clause of its own ("when the bomb went off"), unless the "in which" of a
  relative points back at a run (``times.toll_run_nouns``, ``times.toll_span_run_nouns``:
  "protests in which ..."); not a plain count ("three soldiers have been killed"), nor an act
  done to people one by one that is no toll ("two officers have been arrested"). v2 (session
  101; round 67): a count in round magnitudes is loose too ("several thousand people").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import (
    UNDATED,
    UNGIVEN,
    perfect_progressive,
    present_perfect,
    recent_since,
    since_phrase,
)
from dateline.stages.state import state_of
from dateline.stages.syntax import SUBJECTS, governing_verb, words

__all__ = ["COUNTED_TOLL_RULE", "COUNTED_TOTAL_RULE", "RECENT_NOUN_RULE", "SINCE_CHAIN_RULE",
           "span_date"]

RECENT_NOUN_RULE = "events.date.recent-act-noun.v1"
SINCE_CHAIN_RULE = "events.date.since-chain.v1"
COUNTED_TOTAL_RULE = "events.date.counted-total.v1"
COUNTED_TOLL_RULE = "events.date.counted-toll.v2"
#: Links from a clause to the clause it hangs on ("with Baku accusing": pcomp of "with").
CHAIN_LINKS = frozenset({"advcl", "xcomp", "ccomp", "conj", "pcomp"})
#: How many links up a "since" clause is looked for.
DEPTH = 3
#: A count from which a party acted on is a tally of many days, not one day's haul.
TALLY_COUNT = 1000
#: Dependencies of the party a total counts.
COUNTED_DEPS = frozenset({"nsubjpass", "dobj"})


def span_date(token: Token, date: EventDate) -> tuple[EventDate, str | None]:
    """The event's date after the module's four rules, and the rule that set it (None:
    ``date`` unchanged)."""
    if date.basis not in UNGIVEN:
        return date, None
    if recent_act_noun(token):
        return UNDATED, RECENT_NOUN_RULE
    if since_chain(token):
        return UNDATED, SINCE_CHAIN_RULE
    if counted_total(token):
        return UNDATED, COUNTED_TOTAL_RULE
    if counted_toll(token):
        return UNDATED, COUNTED_TOLL_RULE
    return date, None


def recent_act_noun(token: Token) -> bool:
    """An act noun with a modifier that places it before the news ("the recent clashes")."""
    earlier, pointing = words("earlier_act_modifiers"), words("pointing_determiners")
    if token.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ in pointing
                                   for c in token.children):
        return False  # "this recent raid": the act the story told, dated where it was told
    return any(c.dep_ == "amod" and c.lower_ in earlier for c in token.children)


def since_chain(token: Token) -> bool:
    """The act's clause hangs, within ``DEPTH`` links, on a simple present perfect with a
    "since" phrase of more than the last days, and no perfect progressive is on the way."""
    verb = governing_verb(token)
    if token.dep_ in SUBJECTS and token.head.i == verb.i:
        return False  # "torture has been on the increase since ...": the run itself, going on
    for _ in range(DEPTH + 1):
        if perfect_progressive(verb):
            return False  # an act still going on when told: news of the document date
        since = since_phrase(verb) if present_perfect(verb) else None
        if since is not None:
            inside = since.left_edge.i <= token.i <= since.right_edge.i
            return not inside and not recent_since(token.doc, since) and not _first_since(verb)
        if verb.dep_ not in CHAIN_LINKS or verb.head.i == verb.i or _own_tense(verb):
            return False
        verb = governing_verb(verb.head)
    return False


def _own_tense(verb: Token) -> bool:
    """A conjunct with auxiliaries of its own ("has maintained ... and is now serving") has a
    tense of its own; the first conjunct's span does not reach it."""
    return verb.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _first_since(verb: Token) -> bool:
    """"It was the first time they have met since 1986": the span measures the gap before the
    act, which is the news itself (``clauses.first_since_words``)."""
    firsts = words("first_since_words")
    nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children]  # "for the
    if verb.head.i != verb.i:  # first time since": on the act's clause or the one it hangs on
        nouns += [verb.head, *verb.head.children]
    return any(c.dep_ == "amod" and c.lower_ in firsts for n in nouns for c in n.children)


def counted_total(token: Token) -> bool:
    """A simple present perfect verb, with no time in its clause, whose patient (its own or its
    first conjunct's: "have been detained or arrested") is an estimated count of thousands."""
    first = token
    while first.dep_ == "conj" and first.head.pos_ == "VERB" \
            and not any(c.dep_ in SUBJECTS for c in first.children):
        first = first.head  # "have been detained or arrested": the first one's patient
    if token.pos_ != "VERB" or governing_verb(token).i != token.i \
            or token.lemma_.lower() not in words("tally_verbs") \
            or not present_perfect(first) or _holds_time(first):
        return False
    return any(_estimated_thousands(c) for c in first.children if c.dep_ in COUNTED_DEPS)


def _estimated_thousands(noun: Token) -> bool:
    """"nearly 5,000 people", "an estimated 17,846 people", "more than 3,000 civilians"."""
    counts = [c for c in noun.children if c.dep_ == "nummod" and _value(c) >= TALLY_COUNT]
    if noun.tag_ == "CD" and _value(noun) >= TALLY_COUNT:
        counts.append(noun)
    estimates = words("estimate_words")
    return any(t.lower_ in estimates for count in counts
               for t in noun.doc[noun.left_edge.i : count.i])


#: Dependencies of the party a toll counts ("dozens have died": the subject of an intransitive).
TOLL_PARTY_DEPS = frozenset({"nsubjpass", "dobj", "nsubj"})
#: Clause links that tie a toll to a clause of its own ("killed when a bomb went off").
INCIDENT_CLAUSE_DEPS = frozenset({"advcl"})
#: How many nouns up an "in which" relative is looked at for the run it tells of.
RUN_DEPTH = 3


def counted_toll(token: Token) -> bool:
    """A simple present perfect toll verb, with no time, incident or place in its clause, whose
    party is a loose count (module docstring, events.date.counted-toll.v1)."""
    if token.pos_ != "VERB" or governing_verb(token).i != token.i \
            or token.lemma_.lower() not in words("toll_verbs", "times") \
            or not present_perfect(token) or _holds_time(token) or _tied_to_incident(token):
        return False
    parties = [c for c in token.children if c.dep_ in TOLL_PARTY_DEPS]
    if any(c.dep_ == "dobj" for c in parties):  # "militants have killed dozens": the victims
        parties = [c for c in parties if c.dep_ == "dobj"]
    return any(_loose_count(party) for party in parties)


def _tied_to_incident(verb: Token) -> bool:
    """The toll's clause names the incident, place or clause it happened in ("in a bombing",
    "by a roadside bomb", "when ..."); the "in which" of a relative on a run does not count."""
    if any(c.dep_ in INCIDENT_CLAUSE_DEPS for c in verb.children):
        return True
    preps = words("toll_incident_preps")
    for child in verb.children:
        if child.dep_ not in {"prep", "agent"} or child.lower_ not in preps:
            continue
        if verb.dep_ == "relcl" and any(g.tag_ == "WDT" for g in child.children) \
                and _relative_on_run(verb):
            continue
        return True
    return False


def _relative_on_run(verb: Token) -> bool:
    """The relative clause hangs on a noun of a run of violence, or on a noun of such a noun's
    phrase ("a campaign against illegal drugs, in which ...": the parser may hang it on
    "drugs")."""
    runs = words("toll_run_nouns", "times") | words("toll_span_run_nouns", "times")
    noun = verb.head
    for _ in range(RUN_DEPTH):
        if noun.lemma_.lower() in runs:
            return True
        if noun.dep_ not in {"pobj", "prep"} or noun.head.i == noun.i:
            return False
        noun = noun.head
    return noun.lemma_.lower() in runs


def _loose_count(noun: Token) -> bool:
    """"dozens of civilians", "hundreds", "more than 20 people", "about 300 people", "at least
    six people", "more than a dozen people": a count given loosely, not a plain number."""
    if noun.lemma_.lower() in words("loose_count_nouns") and noun.tag_ == "NNS":
        return True
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    if noun.tag_ == "CD":
        counts.append(noun)
    if any(c.lemma_.lower() in words("loose_count_nouns") for c in counts):
        return True  # "several thousand people", "a few hundred students" (v2, session 101)
    estimates = words("estimate_words")
    return any(t.lower_ in estimates for count in counts
               for t in noun.doc[noun.left_edge.i : count.i])


def _value(number: Token) -> int:
    digits = number.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


def _holds_time(verb: Token) -> bool:
    """A time the times stage read sits in the clause: the count is that day's."""
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(a.start in inside for a in state_of(verb.doc).time_anchors)
