"""A pronoun in the words of a speaker the text names is that speaker (issue 11, wave 73,
ev73d).

"TikTok said it was cooperating with the authorities", "The pro-union bloc said it would not
accept the result": coreference gives a pronoun in a speech verb's complement the speech verb's
subject when that subject is an actor; when it is not (a company, a bloc, a rebel name the
actor stage did not take), it fell back to the latest compatible actor, and that was some
other party of an earlier sentence (a government, NATO, a country), so the speaker's own act
got that party as its source (round 43: the wrong antecedent of "it"/"they").

``actors.pronoun.unnamed-speaker.v1``: an "it"/"its"/"they"/"their" whose clause hangs (as
the complement, or inside it) on a speech verb (the quote cues) whose subject is a noun phrase
that is no actor, agrees with the pronoun in number, and is no document ("the statement said
it": the issuer, ``coref_document_nouns``), is left with no party: no source rather than the
wrong one.

``actors.pronoun.relative-speaker.v1``: "The gunmen, who say they belong to a brigade,
stormed the plant": when that subject is a relative pronoun, the speaker is the noun the
relative clause hangs on; when that noun is an actor, the pronoun is it (before: the latest
compatible actor, the Algerian officials of the sentence before, a second source of the
storming); when it is a noun that is no actor (yet: a description becomes one after
coreference), the pronoun is left with no party as above.

Only a pronoun that is its clause's subject or that subject's possessor, with no other noun
subject between the speech verb and it, is read so; a speaker phrase that holds an actor
("the island of Vanuatu says it", "Hezbollah's military branch said it") is left to
coreference as before.

A speaker that is an actor of a group, an organization or a country and agrees in number is
the pronoun's antecedent too ("The rebels, led by a former police chief, said they would lay
down their arms": the rebels; before, the armed gang of an earlier sentence;
``actors.pronoun.unnamed-speaker.v1``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.stages.quote_cues import cue_flags
from dateline.stages.syntax import SUBJECTS, words

if TYPE_CHECKING:
    from dateline.record import Actor
    from dateline.stages.actor_builder import ActorBuilder

UNNAMED_SPEAKER = "actors.pronoun.unnamed-speaker.v1"
RELATIVE_SPEAKER = "actors.pronoun.relative-speaker.v1"

#: Pronouns this applies to, and the tags of a noun that agrees with each.
_AGREEING_TAGS = {
    "it": frozenset({"NN", "NNP"}), "its": frozenset({"NN", "NNP"}),
    "they": frozenset({"NNS", "NNPS", "NNP"}), "their": frozenset({"NNS", "NNPS", "NNP"}),
}
#: How a clause hangs on the verb above it on the way up to the speech verb.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "dobj", "pobj", "prep",
                          "acl", "nsubj", "nsubjpass", "poss", "attr", "pcomp"})


def _speech_verb(token: Token) -> tuple[Token, Token] | None:
    """The speech verb whose complement holds ``token`` and the complement's head ("said it
    would accept": said, accept); None when there is none within the sentence."""
    clause = token.head
    steps = 0
    while clause.dep_ != "ccomp" and clause.head.i != clause.i and steps < 8:
        if clause.dep_ not in _CLAUSE_DEPS:
            return None
        clause, steps = clause.head, steps + 1
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    verb = clause.head
    if verb.pos_ not in {"VERB", "AUX"} or cue_flags(verb) is None:
        return None
    return verb, clause


def speaker_antecedent(token: Token, builder: ActorBuilder,
                       actor_at: Callable[[Token], Actor | None]) -> tuple[bool, Actor | None]:
    """(decided, actor): whether the rules above decide ``token``'s antecedent and, if so,
    the actor (None: no party). ``actor_at`` maps a token to the actor it names, or None."""
    tags = _AGREEING_TAGS.get(token.lower_)
    if tags is None or token.pos_ != "PRON" or not _doer_position(token):
        return False, None
    found = _speech_verb(token)
    if found is None:
        return False, None
    verb, _clause = found
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.dep_ != "csubj"), None)
    if subject is None or subject.i > token.i:
        return False, None
    relative = subject.lower_ in words("coref_relative_pronouns")
    if relative:
        if verb.dep_ != "relcl" or verb.head.i == verb.i:
            return False, None
        subject = verb.head
    if subject.pos_ not in {"NOUN", "PROPN"} or subject.tag_ not in tags:
        return False, None
    if subject.lemma_.lower() in words("coref_document_nouns"):
        return False, None
    if any(t.dep_ in SUBJECTS and t.pos_ in {"NOUN", "PROPN"} and t.i != token.head.i
           for t in token.doc[verb.i + 1:token.i]):
        return False, None  # "reported that the victims were Maori and that they ...": nearer
    actor = actor_at(subject)
    if actor is not None:
        if relative or actor.kind in {"group", "organization", "country"}:
            return True, actor  # "The rebels said they would ...": the rebels
        return False, None
    if not relative and any(actor_at(t) is not None for t in _phrase(subject)):
        return False, None  # "the island of Vanuatu says it": the name inside the phrase
    return True, None


#: How a word hangs inside the speaker's own noun phrase ("the island of Vanuatu", "Hezbollah's
#: military branch", "an AFSCME representative"); not a clause on it ("led by Guy Philippe").
_PHRASE_DEPS = frozenset({"compound", "poss", "nmod", "amod", "prep", "pobj", "appos", "conj",
                          "cc", "det", "npadvmod", "quantmod", "nummod"})


def _phrase(head: Token) -> list[Token]:
    found, todo = [], [head]
    while todo:
        word = todo.pop()
        found.append(word)
        todo.extend(c for c in word.children if c.dep_ in _PHRASE_DEPS)
    return found


def _doer_position(token: Token) -> bool:
    """The subject of its clause ("said it would"), the possessor of that subject ("said its
    members had carried out"), or a possessive in a clause whose subject is "it"/"they" ("said
    they would lay down their arms"); not an object's owner elsewhere ("asking the IRA to
    cease their shooting")."""
    if token.dep_ == "nsubj":
        return True
    if token.dep_ != "poss":
        return False
    if token.head.dep_ in {"nsubj", "nsubjpass"}:
        return True
    verb = token.head  # "said they would lay down their arms": the clause's own "they"
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "would enter the capital and would lay down their arms"
    same = _SUBJECT_OF_POSSESSOR.get(token.lower_)
    return any(c.dep_ == "nsubj" and c.lower_ == same for c in verb.children)


#: The subject pronoun a possessive pronoun of the same clause stands with.
_SUBJECT_OF_POSSESSOR = {"its": "it", "their": "they"}
