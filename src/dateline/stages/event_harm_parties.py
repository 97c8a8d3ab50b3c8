"""Victims of harm acts that the text names without their country (wave 39, ev39a; issue 11).

CONVENTIONS ("Source and target"): a group named by a common noun is a right party, with its
country when the text makes it plain and with none when it does not; no target is right only
when the sentence names none. Judged held-out news left the victims of ASSAULT empty in 27 of
65 events. Rules:

- ``events.args.foreign-victims.v1``: "Russian forces shelled the city, killing four people":
  the unnamed victims of force used by a coded source that is no police force (it may act
  abroad) were dropped for want of a country; they are the target now, a group with the
  country of the sentence's place (``carry_countries``) or with none, never the article's
  guess (often the source's own country: wrong on foreign victims).
- ``events.args.dispersed-gathering.v2``: "Police broke up the rally", "security forces
  dispersed the protests": dispersing a gathering acts on its participants, the protesters.
- ``events.args.dispersal-purpose.v2``: "police used tear gas to disperse about 300 people":
  the force used acts on whom its purpose clause disperses.

Both v2 (session 116): supporters are people a dispersal acts on too ("to disperse opposition
supporters"), and a name further down the phrase ("supporters of Tchiroma", "people who
gathered near Tahrir Square") no longer hides the people, and a participle the parser hung on
the verb as a clause gives its subject ("to disperse supporters marching in Kisumu"): on the
judged items of rounds 41-144 this fills seven targets the judges had called wrong as empty,
since no other rule reads the object of a purpose clause. When the dispersed word is
itself an actor's mention, that actor is the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

FOREIGN_VICTIMS = "events.args.foreign-victims.v1"
DISPERSED_GATHERING = "events.args.dispersed-gathering.v2"
DISPERSAL_PURPOSE = "events.args.dispersal-purpose.v2"
#: Sector of the people of a dispersed gathering (civilians, as ``crowds`` codes them).
CROWD_SECTOR = "CVL"
#: Dependents of a force verb that say what it is for ("used tear gas to disperse them").
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
#: Positions of what a dispersing verb acts on: its object, or subject when passive.
DISPERSED_DEPS = frozenset({"dobj", "nsubjpass"})


def foreign_victims(rules: list[str]) -> bool:
    """Whether the target is victims of a foreign-capable force with no country of their own:
    the article's country is then no guess to give them (``FOREIGN_VICTIMS``)."""
    return FOREIGN_VICTIMS in rules


def dispersal_target(args: Args, token: Token, mode: str | None, state: DocState) -> None:
    """A crowd-control act with no target: the people it disperses, or the people of the
    gathering it disperses, as a group with no country of its own (``carry_countries`` gives
    the sentence's place, or the article's: police disperse at home)."""
    if args.target or mode != "crowd-control" or token.pos_ != "VERB":
        return
    verbs = [(token, DISPERSED_GATHERING)] if _disperses(token) else []
    verbs += [(c, DISPERSAL_PURPOSE) for c in token.children
              if c.dep_ in PURPOSE_DEPS and _disperses(c)]
    for verb, rule in verbs:
        group = _dispersed_group(verb, rule, state)
        if group is not None and group not in args.source:
            args.target = [group]
            args.rules.append(rule)
            return


def _disperses(verb: Token) -> bool:
    """A verb of ``clauses.dispersal_verbs`` ("disperse", "break up" with its particle)."""
    lemma = verb.lemma_.lower()
    if lemma not in words("dispersal_verbs"):
        return False
    needs = words("dispersal_particle_verbs")
    return lemma not in needs or any(c.dep_ == "prt" and c.lower_ == "up"
                                     for c in verb.children)


def _dispersed_group(verb: Token, rule: str, state: DocState) -> str | None:
    """The group actor of what ``verb`` disperses: people (``protester_nouns``,
    ``unnamed_people``, a bare count "hundreds") or a gathering (``dispersed_gathering_nouns``,
    named by ``dispersed_gathering_party``); the actor the dispersed word names ("the
    protesters" as a crowd actor). None when it is neither."""
    for head in _dispersed_heads(verb):
        named = state.mentions_at(head.i)
        if named:
            return named[0].actor_id
        start = min(head.left_edge.i, head.i)
        if gathering(head):
            return gathering_party(head, rule, state)
        if _people(head):
            return group_actor(verb.doc, state, (start, head.i + 1), None, CROWD_SECTOR, rule)
    return None


def _dispersed_heads(verb: Token) -> list[Token]:
    """What a dispersing verb acts on: its object (subject when passive), or the subject of a
    participle the parser hung on it as a clause ("to disperse supporters marching in Kisumu":
    "supporters" parsed as the subject of "marching")."""
    heads = [c for c in verb.children if c.dep_ in DISPERSED_DEPS]
    return heads + [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
                    for s in c.children if s.dep_ == "nsubj"]


def gathering(head: Token) -> bool:
    """A noun of a gathering of people (``clauses.dispersed_gathering_nouns``: "the rally")."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in words("dispersed_gathering_nouns")


def gathering_party(head: Token, rule: str, state: DocState) -> str:
    """The group actor of the people at the gathering ``head`` names, named as its participants
    (``clauses.dispersed_gathering_party``), not as the event."""
    start = min(head.left_edge.i, head.i)
    group = group_actor(head.doc, state, (start, head.i + 1), None, CROWD_SECTOR, rule)
    actor = state.actor(group)
    if actor is not None and actor.rule == rule:  # the participants, not the event
        actor.name = next(iter(sorted(words("dispersed_gathering_party"))))
    return group


def _people(head: Token) -> bool:
    """"the crowds", "about 300 people", "hundreds": people by their word."""
    nouns = words("protester_nouns") | words("unnamed_people") | words("dispersed_people")
    return head.pos_ in {"NOUN", "NUM"} and (head.lemma_.lower() in nouns or head.lower_ in nouns)
