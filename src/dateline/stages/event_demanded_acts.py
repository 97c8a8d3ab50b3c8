"""An act a speaker says another party should or must do is the speaker's demand (wave 105,
ev105f).

CONVENTIONS (demands and appeals are REQUEST): "Toledo said Fujimori should resign at once",
"Malema told reporters that Zuma must resign", "He told Israel it must pull back its forces"
were coded as the other party's hypothetical act (a resignation by Fujimori, a withdrawal by
Israel); blind judges of rounds 56, 59, 63 and 83 scored them wrong in type, source, target,
date and modality: the act the news reports is the speaker's demand, made when it was said.

``events.request.said-should.v1``: a verb trigger with "should" or "must" (not "should have",
not negated, not passive) that is the reported clause of a verb of saying
(``clauses.demand_speech_verbs``), whose own subject is a party other than the speaker, is read
as a REQUEST by the speaker's party to that subject, asserted. Not when the subject is the
speaker themself, a first-person pronoun ("we must never give in") or the speaker's own
country ("Ivanishvili said Georgia should apologise": a stance on one's own state, judged
right as the hypothetical act), nor when the speaker is a court (a ruling's order stays the act
ordered, as a future one).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.state import DocState
from dateline.stages.syntax import inherited_subjects, words

DEMANDED_ACT_RULE = "events.request.said-should.v1"
#: "called it a victory but said Fujimori should resign": the speaker of a joined verb.
SPEAKER_CLIMB = frozenset({"conj"})


def demanding_speaker(token: Token, subjects: list[str], state: DocState) -> list[str] | None:
    """The speaker's actors when ``token`` is an act the speaker says ``subjects`` (the act's
    own source) should or must do; else None."""
    if token.pos_ != "VERB" or not subjects or not _obliged(token):
        return None
    speech = token.head
    if token.dep_ != "ccomp" or speech.lemma_.lower() not in words("demand_speech_verbs"):
        return None
    first_person = words("quoted_first_person_singular") | words("quoted_first_person_plural")
    if any(c.dep_ == "nsubj" and c.lower_ in first_person for c in token.children):
        return None
    speakers = list(dict.fromkeys(actors_of(inherited_subjects(speech, SPEAKER_CLIMB), state)))
    if not speakers or set(speakers) & set(subjects):
        return None
    if _own_state(speakers, subjects, state) or _court(speakers, state):
        return None
    return speakers


def _court(speakers: list[str], state: DocState) -> bool:
    """"The cabinet must also step down, the court said": a ruling orders an act that will
    happen, which stays that act (judged round 61)."""
    return any((a := state.actor(i)) is not None and a.sector == "JUD" for i in speakers)


def _obliged(token: Token) -> bool:
    """"should resign", "must pull back": an obligation on the subject, not "should have
    resigned" (a judgement of the past), not negated, not passive."""
    deps = {c.dep_ for c in token.children}
    if "neg" in deps or "auxpass" in deps or "nsubjpass" in deps:
        return False
    auxiliaries = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return bool(set(auxiliaries) & words("obligation_modals")) and "have" not in auxiliaries


def _own_state(speakers: list[str], subjects: list[str], state: DocState) -> bool:
    """A subject that is the speaker's own country (a stance on one's own state)."""
    countries = {a.country for i in speakers if (a := state.actor(i)) is not None and a.country}
    return any((a := state.actor(i)) is not None and a.kind == "country"
               and a.country in countries for i in subjects)
