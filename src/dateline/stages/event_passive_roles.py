"""Who did it in passives the argument finders read the wrong way round (wave 41, ev41b).

- ``events.args.agent-complement-passive.v1``: "Several protesters were seen being detained by
  police", "thousands are alleged to have been killed by soldiers": a passive participle with
  its own passive auxiliary and a "by" phrase, completing a verb whose subject it shares, acts
  on that subject (the target); the "by" phrase is the doer. Read as active before, the
  detained became the source. Not under a verb with an object ("ordered him to be detained":
  the object is the one acted on), and only under a verb of seeing, seeming or report
  (``clauses.perception_verbs``, ``clauses.raising_verbs``): "is to be supported by the WFP",
  "is not going to be intimidated by Russian policies" tell no act done (pairs41: both wrong).
- ``events.args.by-agent-owner.v1``: "Putin's decision was welcomed by all factions": when a
  "by" phrase names who did it, the owner of the passive subject is the side acted on, never
  the doer, even where the phrase's noun is no coded actor; the owner becomes the target
  ("three Cambodian vehicles were shot by a group of men": Cambodia is no shooter).
- ``events.args.raised-act-doer.v1``: "The attack appears to have been carried out by
  hackers", "the raid is believed to have been led by X": an act noun that is the subject of a
  verb of seeming or report (``clauses.raising_verbs``) whose passive complement is a verb of
  doing takes the complement's "by" phrase as its source, as act-doer-by does without the
  raising verb.
- ``events.args.party-patient-modifier.v1`` (wave 53, ev53b): "a Palestinian teen was
  sentenced", "Four Serbian men were killed", "the group's leaders have been threatened": a
  passive with no "by" phrase whose subject names people (the party word lists,
  ``clauses.person_heads``, ``clauses.party_patient_heads``, or a description coded as a person
  or group) acts on them; the country or body that qualifies or owns them is their own side,
  never the doer, so it is no source (an empty source beats their own country as the killer or
  the judge). Forces that move stay their country's act (``clauses.party_patient_kept_types``:
  "Russian soldiers were deployed"); a thing or an act as the subject keeps its owner ("the UN
  sanctions were approved", "Russian missiles were fired").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_domestic import names_party
from dateline.stages.event_phrase_actors import (
    MODIFIER_ACTORS,
    actors_of,
    agent_nouns,
    owner_actors,
)
from dateline.stages.event_targets import MOVING_TYPES, PEOPLE_KINDS
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

AGENT_COMPLEMENT_PASSIVE = "events.args.agent-complement-passive.v1"
BY_AGENT_OWNER = "events.args.by-agent-owner.v1"
RAISED_ACT_DOER = "events.args.raised-act-doer.v1"
PARTY_PATIENT_MODIFIER = "events.args.party-patient-modifier.v1"

#: Entity kinds of a "by" noun that tells when or how much, not who ("by midnight").
NOT_DOER_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


def agent_complement_passive(token: Token, frame: Token) -> bool:
    """The trigger is a passive complement with its own auxiliary and "by" phrase, sharing the
    subject of the verb it completes (``AGENT_COMPLEMENT_PASSIVE``)."""
    return token.dep_ == "xcomp" and token.tag_ == "VBN" and frame.i == token.head.i != token.i \
        and bool(_doer_nouns(token)) \
        and any(c.dep_ == "auxpass" for c in token.children) \
        and not any(c.dep_ in {"dobj", *SUBJECTS} for c in token.children) \
        and not any(c.dep_ == "dobj" for c in frame.children) \
        and any(c.dep_ in SUBJECTS for c in frame.children) \
        and frame.lemma_.lower() in words("raising_verbs") | words("perception_verbs")


def _doer_nouns(token: Token) -> list[Token]:
    """The nouns of the trigger's "by" phrase that can name a doer: not a time or amount."""
    return [n for n in agent_nouns(token) if n.pos_ in {"NOUN", "PROPN", "PRON"}
            and n.ent_type_ not in NOT_DOER_ENTITIES]


def by_agent_owner(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """A source taken from the owner of the passive subject although a "by" phrase names the
    doer is the side acted on: it moves to the target (``BY_AGENT_OWNER``). Not for forces
    that move ("Russian troops were deployed by helicopter": still their country's act)."""
    nouns = _doer_nouns(token)
    if entry_type in MOVING_TYPES or not nouns or not args.source \
            or actors_of(nouns, state) or owner_actors(nouns, state):
        return
    patients = [c for c in token.children if c.dep_ == "nsubjpass"]
    owners = owner_actors(patients, state)
    if not owners or not set(args.source) <= set(owners):
        return
    args.target = args.target or list(dict.fromkeys(owners))
    args.source = []
    args.rules.append(BY_AGENT_OWNER)


def party_patient_modifier(args: Args, token: Token, entry_type: str, agent: list[Token],
                           state: DocState) -> list[str]:
    """A source taken only from a modifier or owner of the passive subject, when that subject
    names people and no "by" phrase names a doer, is the patients' own side: no source
    (``PARTY_PATIENT_MODIFIER``). Returns the actors dropped, which are no target either: the
    people themselves are ("Four Serbian men", not Serbia)."""
    if agent or not args.source or entry_type in words("party_patient_kept_types"):
        return []
    patients = [c for c in token.children if c.dep_ == "nsubjpass" and _names_people(c)]
    owners = actors_of([c for p in patients for c in p.children
                        if c.dep_ in MODIFIER_ACTORS], state)
    if not owners or not set(args.source) <= set(owners):
        return []
    dropped, args.source = args.source, []
    args.rules.append(PARTY_PATIENT_MODIFIER)
    return dropped


def _names_people(noun: Token) -> bool:
    """The head noun of a passive subject names people: a party word, a person's head word, or
    a description the actor lexicon codes as a person or a group ("officials", "protesters")."""
    if noun.pos_ != "NOUN":
        return False
    lowered = {noun.lower_, noun.lemma_.lower()}
    if names_party(noun) or lowered & (words("person_heads") | words("party_patient_heads")):
        return True
    return code_description(noun.text).kind in PEOPLE_KINDS


def raised_doer_verb(token: Token, doer_verbs: frozenset[str]) -> Token | None:
    """"The attack appears to have been carried out by": the passive verb of doing completing
    the verb of seeming or report that the act noun ``token`` is the subject of."""
    head = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or head.lemma_.lower() not in words(
            "raising_verbs"):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBN"
                 and c.lemma_.lower() in doer_verbs
                 and any(a.dep_ == "auxpass" for a in c.children)), None)
