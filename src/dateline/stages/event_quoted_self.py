"""A speaker's own acts told in the first person inside their quote.

"'We call on member states to implement the accords,' the group's director said", "'I urge all
sides to refrain from violence,' the secretary-general said on Monday": the subject "I" or "we"
of a verb inside a direct quote is the quote's speaker, or for "we" the body the speaker speaks
for (``QUOTED_SELF``). The quotes stage, which runs before the events stage, has already found
the speaker; without this rule such acts had no source actor and were dropped (wave 41: the
most frequent subject of the acts dropped for no source on dev stories, after relative pronouns).
Not a passive ("we will not be intimidated") and not a verb that mostly tells the speaker's
cause ("I have always been fighting for the community", ``clauses.quoted_self_trait_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Quote
from dateline.stages.event_arg_actors import Args
from dateline.stages.quote_speakers import BODIES
from dateline.stages.state import DocState
from dateline.stages.syntax import words

QUOTED_SELF = "events.args.quoted-self.v1"
FIRST_SINGULAR = frozenset({"i"})
FIRST_PLURAL = frozenset({"we"})
#: How a verb with no subject of its own takes its clause's ("we are going to fight", "I want
#: to thank"): open complements and coordinated verbs only.
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj"})


def quoted_self(args: Args, token: Token, state: DocState) -> None:
    """Give a sourceless verb whose subject is "I" or "we" in a direct quote its speaker."""
    if args.source or token.pos_ not in {"VERB", "AUX"} or _passive(token) \
            or token.lemma_.lower() in words("quoted_self_trait_verbs"):
        return
    pronoun = _first_person_subject(token)
    if pronoun is None:
        return
    actor = quoted_speaker_self(pronoun, pronoun.lower_ in FIRST_SINGULAR, state)
    if actor is None:
        return
    args.source = [actor]
    args.target = [a for a in args.target if a != actor]
    args.rules.append(QUOTED_SELF)


def _passive(verb: Token) -> bool:
    """"We are not going to be intimidated": the subject of a passive undergoes the act."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _first_person_subject(verb: Token) -> Token | None:
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            lower = subjects[0].lower_
            return subjects[0] if lower in FIRST_SINGULAR | FIRST_PLURAL else None
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i \
                or _object_control(verb):
            return None
        verb = verb.head
    return None


def _object_control(verb: Token) -> bool:
    """"I invite all Vietnamese overseas to stop taking part": an open complement of a verb with
    an object has the object as its subject, not the speaker (pairs41 mend)."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)


def enclosing_direct_quote(token: Token, state: DocState) -> Quote | None:
    at = token.idx
    for quote in state.quotes:
        if quote.kind != "direct":
            continue
        pieces = quote.parts or [quote.content]
        if any(piece.start <= at < piece.end for piece in pieces):
            return quote
    return None


def quoted_speaker_self(pronoun: Token, singular: bool, state: DocState) -> str | None:
    """The party a first-person pronoun inside an attributed direct quote stands for, or None."""
    quote = enclosing_direct_quote(pronoun, state)
    if quote is None or quote.speaker is None or quote.speaker.actor is None:
        return None
    return speaker_self(quote.speaker.actor, singular, state)


def speaker_self(speaker_id: str, singular: bool, state: DocState) -> str | None:
    """"I" is the speaker; "we" the body the speaker is (an organisation, a state, a group) or
    speaks for, else the speaker."""
    speaker = state.actor(speaker_id)
    if speaker is None:
        return None
    if singular or speaker.kind in BODIES:
        return speaker.id
    body = speaker.affiliation
    return body if body is not None and state.actor(body) is not None else speaker.id
