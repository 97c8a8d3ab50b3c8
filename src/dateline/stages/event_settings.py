"""Nouns that are only the setting of another act or a word of a name (issue 11, wave 57, ev57d).

CONVENTIONS.md, "The event": a topic or a fragment with no act holds no event. Blind judges
keep finding events made of nouns that only say where another act was done ("At the APEC
summit, the minister said ...": a CONSULT from "summit" whose source is the summit's
organiser) or that are a word of a name ("the group Pussy Riot", "the Joint Strike Fighter",
"the World Summit on Human Rights").

- ``events.gate.setting-gathering.v2``: a gathering noun (``clauses.setting_gathering_nouns``:
  summit, meeting, conference, forum ...) that is the object of a preposition of place or
  occasion (``clauses.setting_gathering_preps``: "at", "during"; "on the sidelines of",
  ``clauses.setting_margin_nouns``) hanging on another word of the sentence is the setting of
  that word's act, not news of its own. Kept: a gathering that names the parties who meet ("at
  a meeting with X", "during talks between X and Y"; a possessor: "at his meeting with Putin"),
  and one under a verb of meeting or gathering itself ("leaders gathered at the summit",
  ``clauses.setting_meeting_verbs``) or under a noun of talks (``clauses.meeting_nouns``:
  "meetings at the summit of EU leaders" tell the meeting itself; v2, after pairs57).
- ``events.gate.name-word.v1``: a capitalised noun that stands inside a name (a named entity of
  two or more words with another capitalised word, or a capitalised compound word joined to
  it: "Highway Patrol", "Joint Strike Fighter") is a word of that name. Not at the start of a
  sentence or a quote, nor in a headline written in title case; the head of a name that is the
  subject or object of a verb, or the object of a verb's preposition, is a named act told as
  done ("The Paris Summit opened", "took part in the Refugee March") and is kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS, sentence_of, words

SETTING_GATHERING_RULE = "events.gate.setting-gathering.v2"
NAME_WORD_RULE = "events.gate.name-word.v1"

__all__ = ["NAME_WORD_RULE", "SETTING_GATHERING_RULE", "setting_rule"]

NOUNS = frozenset({"NOUN", "PROPN"})
#: Entity kinds that are names of a party, a place, a thing or a work.
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "GPE", "NORP"})
#: Prepositions of a gathering noun that name the parties meeting.
PARTY_PREPS = frozenset({"with", "between", "among"})
#: Marks after which a word starts a quote, a parenthesis or a title.
OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", ":", "--"})
#: Links by which a gathering is the news of its clause.
NEWS_DEPS = SUBJECTS | {"dobj"}


def setting_rule(token: Token) -> str | None:
    """The rule by which ``token`` is a setting or a word of a name, not an act; None when it
    is neither."""
    if token.pos_ not in NOUNS:
        return None
    if _setting_gathering(token):
        return SETTING_GATHERING_RULE
    if _name_word(token):
        return NAME_WORD_RULE
    return None


def _gathering(token: Token) -> bool:
    return token.lemma_.lower() in words("setting_gathering_nouns") \
        or token.lower_ in words("setting_gathering_nouns")


def _setting_gathering(token: Token) -> bool:
    """A gathering noun under "at"/"during"/"on the sidelines of" another word's act."""
    if not _gathering(token) or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ in words("setting_margin_nouns"):
        prep = prep.head.head  # "on the sidelines of the summit"
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "at"}:
            return False
    elif prep.lower_ not in words("setting_gathering_preps"):
        return False
    host = prep.head
    if host.i == prep.i or _meets(host):
        return False
    return not _names_parties(token)


def _meets(host: Token) -> bool:
    """The gathering's host word tells a meeting itself: "gathered at the summit", "meetings at
    the summit" (the gathering is then that meeting's own place, not another act's setting)."""
    lemma = host.lemma_.lower()
    if host.pos_ in NOUNS:
        return lemma in words("meeting_nouns") or host.lower_ in words("meeting_nouns")
    return lemma in words("setting_meeting_verbs")


def _names_parties(token: Token) -> bool:
    """"a meeting with X", "talks between X and Y", "his meeting with Putin": the gathering
    tells who met, news of its own."""
    return any((c.dep_ == "prep" and c.lower_ in PARTY_PREPS) or c.dep_ == "poss"
               for c in token.children)


def _name_word(token: Token) -> bool:
    """A capitalised noun standing inside a name of two or more words: a word modifying the
    name's head ("Joint Strike Fighter"), or the head of a name that is neither the subject nor
    the object of a verb ("the group Pussy Riot", "the Highway Patrol"; a named act that
    happened is told as a subject or an object: "took part in the People's Rally")."""
    if not token.text[:1].isupper() or _sentence_initial(token) or _title_case(token):
        return False
    named = any(c.dep_ in {"compound", "flat"} and _capital_word(c) for c in token.children)
    if token.dep_ in {"compound", "flat"}:  # "Joint Strike Fighter", "Spring Strike campaign"
        return _capital_word(token.head) or named
    if not named and not _in_name_entity(token):
        return False
    return not _told_act(token)


def _in_name_entity(token: Token) -> bool:
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and ent.label_ in NAME_LABELS \
        and any(_capital_word(w) for w in ent if w.i != token.i)


def _told_act(token: Token) -> bool:
    """The head of the name is the subject or object of a verb, or the object of a preposition
    of a verb ("participated in the Refugee March", "The Paris Summit opened"): the named act
    itself is told."""
    if token.dep_ in NEWS_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"}


def _capital_word(word: Token) -> bool:
    return word.is_alpha and word.text[:1].isupper() and word.lower_ not in {"the", "a", "an"}


def _sentence_initial(token: Token) -> bool:
    """The first word of its sentence, or of a quote or parenthesis."""
    sent = sentence_of(token)
    before = [t for t in token.doc[sent.start : token.i] if not t.is_space]
    return not before or before[-1].text in OPENERS


def _title_case(token: Token) -> bool:
    """A headline written in title case: most of its words of four letters or more capitalised."""
    long = [t for t in sentence_of(token) if t.is_alpha and len(t) >= 4]
    return len(long) >= 3 and sum(t.text[:1].isupper() for t in long) >= 0.7 * len(long)
