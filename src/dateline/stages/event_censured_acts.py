"""Censure of an act whose object names no party (issue 11, wave 83, ev83e).

CONVENTIONS.md, "Source and target": a pronoun counts as the party it refers to. Blind rounds
41-51 found ACCUSE events of censure ("condemned", "called it outrageous") given a wrong target
in two shapes, each judged wrong every time it was seen:

- The object is a neuter pronoun ("Biden called it outrageous", "Washington condemned it in
  the strongest terms"): it stands for the act reacted to (an attack, an arrest), yet the
  actors stage resolves it to a nearby party, often the speaker's own body or state.
  ``events.args.act-pronoun.v1`` drops a target met there only.
- The object is a naming free relative ("condemned what his spokesman called a dastardly
  assault", "what it called a cowardly act"): its subject tells the name and is no party to the
  act. ``events.args.naming-teller.v1`` drops a target met there only, when it is the speaker
  or of the speaker's country or of none; a teller of another country may be the doer naming
  its own act ("condemned what Moscow calls a special operation") and stays.

- The object is a harmful act named with its victims ("condemned attacks on civilians",
  "criticised the killing of the journalist"; session 109, judged rounds 44-106: each of the 9
  targets met there was judged wrong, the 5 empty targets right): the victims are not the party
  censured, the doers are. ``events.args.censured-harm-victim.v1`` drops a target met only in
  the victims' phrase; the doer, when named ("Israel's attacks on Gaza"), is another phrase.

A target also named elsewhere in the sentence, outside the subjects of the censuring verb and
of the verbs above it that tell it, stays: the pronoun then may well be that party. Verbs:
``clauses.act_censure_verbs`` (``clauses.censured_harm_verbs`` for the victims); pronouns:
``clauses.act_pronouns``; naming verbs: ``clauses.naming_verbs``; harmful acts:
``clauses.censured_harm_nouns`` ("on", "against" phrases) and ``clauses.censured_harm_of_nouns``
("of" phrases).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, sentence_of, words

__all__ = ["ACT_PRONOUN", "HARM_VICTIM", "NAMING_TELLER", "drop_censured_act_parties"]

ACT_PRONOUN = "events.args.act-pronoun.v1"
NAMING_TELLER = "events.args.naming-teller.v1"
HARM_VICTIM = "events.args.censured-harm-victim.v1"
#: The type of censure.
CENSURE_TYPE = "ACCUSE"


def drop_censured_act_parties(args: Args, token: Token, entry_type: str,
                              state: DocState) -> None:
    """Drop targets met only as the censured act's pronoun, as the teller of its name or as
    its victims."""
    if not args.target or entry_type != CENSURE_TYPE or token.pos_ != "VERB":
        return
    lemma = token.lemma_.lower()
    shapes = []
    if lemma in words("act_censure_verbs"):
        shapes += [(ACT_PRONOUN, _act_pronouns(token)), (NAMING_TELLER, _naming_tellers(token))]
    if lemma in words("censured_harm_verbs"):
        shapes.append((HARM_VICTIM, _harm_victims(token)))
    for rule, spots in shapes:
        if not spots:
            continue
        kept = [a for a in args.target if not (
            _met_only_at(a, spots, token, state)
            and (rule != NAMING_TELLER or _speaker_side(a, args.source, token, state)))]
        if kept != args.target:
            args.target = kept
            args.rules.append(rule)


def _act_pronouns(token: Token) -> set[int]:
    """"condemned it", "called it outrageous": the neuter pronoun object, or the subject of a
    small clause the parse makes of "it outrageous"."""
    pronouns = words("act_pronouns")
    heads = [token] + [c for c in token.children if c.dep_ in {"ccomp", "oprd"}
                       and c.i > token.i]
    return {w.i for h in heads for w in h.children
            if w.lower_ in pronouns and w.pos_ == "PRON" and w.i > token.i
            and (w.dep_ == "dobj" or (h is not token and w.dep_ in SUBJECTS))}


def _naming_tellers(token: Token) -> set[int]:
    """"condemned what his spokesman called an assault": the words of the naming clause's
    subject."""
    naming = words("naming_verbs")
    clauses = [c for c in token.children if c.dep_ in {"ccomp", "dobj"}
               and c.lemma_.lower() in naming and any(w.lower_ == "what" for w in c.children)]
    return {w.i for c in clauses for s in c.children if s.dep_ in SUBJECTS for w in s.subtree}


def _harm_victims(token: Token) -> set[int]:
    """"condemned attacks on civilians and on police", "the killing of the journalist": the
    words of the victims' phrases of a harmful act that is the verb's object (or a conjunct of
    it)."""
    on_nouns, of_nouns = words("censured_harm_nouns"), words("censured_harm_of_nouns")
    preps = words("censured_harm_preps")
    objects = [o for o in token.children if o.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    victims = [p for o in objects for p in o.children if p.dep_ == "prep" and (
        (p.lower_ in preps and o.lemma_.lower() in on_nouns)
        or (p.lower_ == "of" and o.lemma_.lower() in of_nouns))]
    victims += [c for p in victims for c in p.conjuncts if c.dep_ == "conj"]
    return {w.i for p in victims for w in p.subtree}


def _speaker_side(actor_id: str, source: list[str], token: Token, state: DocState) -> bool:
    """Whether the teller of the name is on the speaker's side: the speaker itself ("what it
    called"), or a party of the speaker's country or of none ("what his spokesman called").
    A teller of another country is often the doer naming its own act ("condemned what Moscow
    calls a special operation"), and stays."""
    if any(m.actor_id == actor_id for i in _own_subjects(token) for m in state.mentions_at(i)):
        return True
    countries = actor_countries([actor_id], state)
    return not countries or bool(countries & actor_countries(source, state))


def _own_subjects(token: Token) -> set[int]:
    """The words of the subjects of the censuring verb and of the verbs above it."""
    return {w.i for verb in (token, *token.ancestors) for c in verb.children
            if c.dep_ in SUBJECTS and c.i != token.i and token not in c.subtree
            for w in c.subtree}


def _met_only_at(actor_id: str, spots: set[int], token: Token, state: DocState) -> bool:
    """Whether the actor is met at ``spots`` and nowhere else in the sentence but in the
    subject of the censuring verb or of a verb above it that tells it (the speaker's side:
    "the State Department said Washington condemned it")."""
    own = _own_subjects(token)
    met = [t.i for t in sentence_of(token)
           if any(m.actor_id == actor_id for m in state.mentions_at(t.i))]
    return any(i in spots for i in met) and all(i in spots or i in own for i in met)
