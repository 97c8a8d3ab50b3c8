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
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_phrase_actors import actors_of, agent_nouns, owner_actors
from dateline.stages.event_targets import MOVING_TYPES
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

AGENT_COMPLEMENT_PASSIVE = "events.args.agent-complement-passive.v1"
BY_AGENT_OWNER = "events.args.by-agent-owner.v1"
RAISED_ACT_DOER = "events.args.raised-act-doer.v1"

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
