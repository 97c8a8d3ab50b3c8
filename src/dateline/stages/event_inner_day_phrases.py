"""A lead act's day the parse hangs below the act (wave 76, ev76e).

"Gunmen opened fire on visitors getting off buses outside the museum on Wednesday", "Fighters
attacked crowds of people trying to reach the airport on Thursday": the one day phrase of a
lead sentence is hung by the parser below the act, on a participle or infinitive of its object
phrase, or on a noun of that phrase, so the act itself kept the document date. An act in the
simple past of the first two paragraphs (``event_lead_day_phrases.LEAD_PARAGRAPHS``) with no
time of its own took place on the day of such a phrase (events.date.lead-inner-day.v1) when:

- the sentence names exactly one time, a calendar day no later than the document date, as the
  object of an "on" phrase (``times.lead_object_day_preps``);
- the way up from that phrase to the act runs only through nouns of the object phrase (direct
  objects and objects of prepositions), prepositions that are not a background or a bound
  (``times.lead_inner_day_barred_preps``: "since", "after", "until" ...), and participles or
  infinitives with no subject, auxiliary or marker of their own (a different act with its own
  subject tells its own time), that are not report verbs nor verbs of a schedule
  (``times.lead_inner_day_schedule_verbs``: "a truce starting on Friday"), nor an infinitive
  of a noun or of a verb of intent (``times.lead_inner_day_intent_verbs``), which tells a plan
  ("welcomed a decision to free prisoners on Friday", "threatened to disrupt the vote on May 3");
- no noun on the way names a happening of its own ("condemned the bombing of the hall on
  Monday": the day is the bombing's), save the setting of the act, a happening in an "in"/"at"
  phrase of the act itself ("rejected the plan in a referendum on Saturday").

Wave 85 (ev85o, events.date.lead-inner-day.v2) lets two more ways up through:

- a preposition the tagger reads as a participle ("including five children ... on Saturday"):
  the word's dependency, not its part of speech, makes it a preposition;
- a barred bound whose object is a time of day (``times.lead_inner_day_day_part_nouns``:
  "stormed the camp before dawn on Friday"): the bound is a part of the same day, not another time.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lead_day_phrases import _calendar_day, _happening, _in_lead
from dateline.stages.state import state_of
from dateline.stages.syntax import words

__all__ = ["LEAD_INNER_DAY_RULE", "lead_inner_day"]

LEAD_INNER_DAY_RULE = "events.date.lead-inner-day.v2"
#: Dependencies of a participle or infinitive below the act that is not an act of its own.
INNER_VERB_DEPS = frozenset({"acl", "xcomp", "advcl"})
#: Parts of speech of such a verb: participles and the bare infinitive.
INNER_VERB_TAGS = frozenset({"VBG", "VBN", "VB"})
#: Dependencies of a noun of the act's phrase on the way up.
INNER_NOUN_DEPS = frozenset({"dobj", "pobj"})
#: Children that make a verb an act with its own subject or tense.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "auxpass", "mark"})
#: Prepositions of the act's own setting, whose happening noun is the act's occasion.
SETTING_PREPS = frozenset({"in", "at", "during"})


def _own_clause(verb: Token) -> bool:
    """A verb with its own subject, tense or marker: not a participle of the act's phrase."""
    return any(c.dep_ in OWN_CLAUSE_DEPS or (c.dep_ == "aux" and c.tag_ != "TO")
               for c in verb.children)


def _day_part_bound(prep: Token) -> bool:
    """A bound whose object is a time of day ("before dawn"): a part of the day, not a bound."""
    parts = words("lead_inner_day_day_part_nouns", "times")
    return any(c.dep_ == "pobj" and c.lemma_.lower() in parts for c in prep.children)


def _way_up(word: Token, act: Token) -> bool:
    """``word`` (the head of the day's preposition) hangs below ``act`` only through nouns,
    prepositions and bare participles of the act's phrase (module docstring)."""
    barred = words("lead_inner_day_barred_preps", "times")
    schedule = words("lead_inner_day_schedule_verbs", "times")
    reports = words("news_report_verbs", "times")
    intents = words("lead_inner_day_intent_verbs", "times")
    node = word
    while node.i != act.i:
        if node.head.i == node.i:
            return False
        if node.dep_ == "prep":  # "including" is tagged a participle
            if node.lower_ in barred and not _day_part_bound(node):
                return False
        elif node.pos_ in {"VERB", "AUX"}:
            lemma = node.lemma_.lower()
            if node.dep_ not in INNER_VERB_DEPS or node.tag_ not in INNER_VERB_TAGS \
                    or _own_clause(node) or lemma in schedule or lemma in reports \
                    or (node.dep_ == "acl" and node.tag_ == "VB") \
                    or (node.dep_ == "xcomp" and node.head.lemma_.lower() in intents):
                return False  # an infinitive of a noun or of an intent is a plan
        elif node.pos_ in {"NOUN", "PROPN"}:
            if node.dep_ not in INNER_NOUN_DEPS:
                return False
            setting = node.dep_ == "pobj" and node.head.lower_ in SETTING_PREPS \
                and node.head.head.i == act.i
            if _happening(node) and not setting:
                return False
        else:
            return False
        node = node.head
    return True


def lead_inner_day(token: Token) -> tuple[str, str | None] | None:
    """The day of the one day phrase hung below the act (module docstring), as the value and
    the time id, or None."""
    from dateline.stages.event_dates import _simple_past  # event_dates calls this module

    if token.pos_ != "VERB" or not _simple_past(token) or not _in_lead(token):
        return None
    doc = token.doc
    sent = token.sent
    times = [a for a in state_of(doc).time_anchors
             if sent.start <= a.start < sent.end and a.time.type in {"DATE", "TIME"}]
    if len(times) != 1:
        return None
    anchor = times[0]
    value = anchor.time.value or ""
    root = doc[anchor.start : anchor.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in words("lead_object_day_preps", "times") \
            or prep.head.i == token.i or not _calendar_day(value[:10], token) \
            or not _way_up(prep.head, token):
        return None
    return value, anchor.time.id
