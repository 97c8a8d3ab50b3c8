"""Acts of the law told to describe a party are background (issue 11, wave 59, ev59a).

CONVENTIONS.md, "Date": a background act of an earlier time given the document date is wrong;
with no date in the text, no date (``basis`` unknown) is right. "the case against the officers,
who have been charged with fraud", "a politician who was arrested", "Lungu, who has been accused
of abusing his power", "expelled an activist accused by the UN of abuses": a passive relative
clause (its subject the relative pronoun, so the noun it hangs on is the one acted on) or a bare
past participle hung on a noun, whose verb is an act of the law or of punishment that marks the
party (``clauses.described_status_acts``: accuse, charge, convict, jail, arrest ...), tells who
that party is, an act of an earlier time, not the news the sentence reports. With no time of its
own clause it has no date rather than the document's (events.date.described-party-past.v1;
judged rounds 16-36: "who was charged with theft", "who were arrested after running",
"who have been charged in U.S. federal court", "who has been criticized for her support").

Not an act told in the active voice ("police, who arrested him"), nor a clause that is future,
conditional or an infinitive ("a deal to be signed"), nor one that gives its own time or whose
conjunct does ("who were arrested on Monday", "indicted and arraigned Thursday"), nor a
participle on a pronoun ("those detained by police") or with an object, nor a holding act told
in the present ("who is detained in the city jail": the holding goes on, an act of now).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import UNDATED
from dateline.stages.state import state_of
from dateline.stages.syntax import words

__all__ = ["DESCRIBED_PARTY_RULE", "described_party_date"]

DESCRIBED_PARTY_RULE = "events.date.described-party-past.v1"
#: Modalities of an act told as having happened.
TOLD_MODALITIES = frozenset({"asserted", "reported"})
#: The lexicon's auxiliaries of a clause that tells no past act ("who will be charged").
UNREAL_AUXILIARY_LISTS = ("future_auxiliaries", "conditional_auxiliaries", "modal_auxiliaries")


def described_party_date(token: Token, date: EventDate,
                         modality: str) -> tuple[EventDate, str | None]:
    """No date for an act of ``clauses.described_status_acts`` told in a passive relative clause
    or participle that describes the party it was done to (module docstring); else ``date``."""
    if date.basis != "document_date" or modality not in TOLD_MODALITIES:
        return date, None
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("described_status_acts"):
        return date, None
    if not (_passive_relative(token) or _bare_participle(token)) or _unreal(token) \
            or _held_now(token):
        return date, None
    clauses = {token.i} | {c.i for c in token.children if c.dep_ == "conj"}
    if token.dep_ == "conj":
        clauses.add(token.head.i)
    if any(a.clause in clauses for a in state_of(token.doc).time_anchors):
        return date, None  # "who were arrested on Monday", "indicted and arraigned Thursday"
    return UNDATED, DESCRIBED_PARTY_RULE


def _passive_relative(verb: Token) -> bool:
    """"who have been charged", "which was banned": a relative clause whose passive subject is
    the relative pronoun."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(s.lower_ in words("describing_pronouns") for s in subjects) \
        and any(c.dep_ == "auxpass" for c in verb.children)


def _bare_participle(verb: Token) -> bool:
    """"an activist accused by the UN": a past participle with no auxiliary, subject or object
    hung on a noun (one with an object is an active verb the parser hung there)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"} \
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj"}
                    for c in verb.children)


def _held_now(verb: Token) -> bool:
    """"who is detained in the city jail": a holding act (``clauses.lasting_hold_acts``) told in
    the present is a state still going on, which takes the document date."""
    return verb.lemma_.lower() in words("lasting_hold_acts") and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _unreal(verb: Token) -> bool:
    """A future, conditional or modal clause, or an infinitive ("to be charged")."""
    unreal = frozenset().union(*(words(name) for name in UNREAL_AUXILIARY_LISTS)) | {"to"}
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in unreal for c in verb.children)
