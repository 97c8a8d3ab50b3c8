"""A first-person party that an act inside a direct quote is done to.

"'The police arrested me without a warrant,' the opposition leader said", "'Hackers attacked us
twice,' the minister said", "'I was detained at the border,' the activist said": the object "me"
or "us" of the act, or the subject of its passive, is the quote's speaker, or for "us"/"we" the
body the speaker is or speaks for (``QUOTED_FIRST_PERSON``). A pronoun counts as the party it
refers to (CONVENTIONS), and before this rule such targets were left empty. The speaker and the
body are read as ``events.args.quoted-self.v1`` reads them for a first-person subject; this
rule adds the other side of the act. Outside a direct quote with an attributed speaker the
pronoun is left (an op-ed's author, an unattributed quote).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_quoted_self import quoted_speaker_self
from dateline.stages.state import DocState
from dateline.stages.syntax import words

QUOTED_FIRST_PERSON = "events.args.quoted-first-person.v1"
#: The same reading for an indirect object or a passive subject ("sending us a message", "we are
#: called upon"): the pronoun receives the act, and the act's own object decides its sense, so the
#: speaker it gives does not make an act that needs a target stand (pairs52).
QUOTED_RECIPIENT = "events.args.quoted-first-person-recipient.v1"
RECIPIENT_DEPS = frozenset({"dative", "nsubjpass"})


def quoted_first_person_target(args: Args, token: Token, state: DocState) -> None:
    """Give a targetless act whose object is "me" or "us" in a direct quote its speaker."""
    if args.target or not args.source:
        return  # no party found: a target alone would let a sourceless act through the gate
    pronoun = _first_person_patient(token)
    if pronoun is None:
        return
    actor = quoted_speaker_self(pronoun, _singular(pronoun), state)
    if actor is None or actor in args.source:
        return  # "we defended ourselves": no act of a party on itself
    args.target = [actor]
    args.rules.append(QUOTED_RECIPIENT if pronoun.dep_ in RECIPIENT_DEPS else QUOTED_FIRST_PERSON)


def _first_person_patient(verb: Token) -> Token | None:
    """The first-person pronoun that undergoes the act: its object, the subject of its passive,
    or the object of a preposition that aims it ("shot at us")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    pronouns = words("quoted_first_person_singular") | words("quoted_first_person_plural")
    preps = words("quoted_first_person_preps")
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    found += [p for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]
    found += [c for c in verb.children if c.dep_ == "dative" and c.tag_ == "PRP"]
    for noun in found:
        if noun.lower_ in pronouns and noun.tag_ == "PRP":
            return noun
    return None


def _singular(pronoun: Token) -> bool:
    return pronoun.lower_ in words("quoted_first_person_singular")
