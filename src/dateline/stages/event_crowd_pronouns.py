"""The crowd that force is used on, named by a pronoun or a clause on the weapon (wave 79, ev79c).

Issue 11's blind rounds list ASSAULT as the weakest type, often with an empty target where the
sentence names the crowd police act against. ``event_hit_parties`` reads the aim of a weapon and
the object of a clause of what force was for; two shapes slip past it:

- ``events.args.crowd-pronoun.v1``: "supporters clashed with police, and officers used tear gas
  to disperse them", "police blocked demonstrators and used batons against some of them": the
  hit party is "them", which coreference left unresolved (or gave the source itself); it is
  the nearest people group named before it in the same sentence that is not of the force's
  side (police, army: ``clauses.force_side_sectors``, ``force_side_nouns``) nor the source.
- ``events.args.weapon-clause-party.v1``: "police fired tear gas and live rounds to disperse
  protesters": the parse hangs the clause of what force was for on the last weapon, not on the
  act; its object is the party hit, as for ``events.args.forced-party.v1``.

Each fills an empty ASSAULT/COERCE target only.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import act_place_country, located_country
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_hit_parties import (
    HIT_TYPES,
    _aimed_objects,
    _clause_objects,
    _partitive_group,
    party_actors,
)
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

CROWD_PRONOUN = "events.args.crowd-pronoun.v1"
WEAPON_CLAUSE_PARTY = "events.args.weapon-clause-party.v1"
PLURAL_ANTECEDENT = "events.args.plural-antecedent.v1"
#: Plural object pronouns that stand for a crowd hit.
CROWD_PRONOUNS = frozenset({"them"})
#: Deps of a noun that names a party in its clause (a side, an object, a phrase's noun).
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
#: Entity labels of a place or a time, never the crowd.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def crowd_force_parties(args: Args, token: Token, entry_type: str, state: DocState) -> bool:
    """Fill an empty ASSAULT/COERCE target with the crowd a pronoun or a weapon clause names;
    True when it did (the caller then gives a crowd with no country its place's, as for any
    party)."""
    if args.target or entry_type not in HIT_TYPES or token.pos_ != "VERB":
        return False
    found = [a for a in dict.fromkeys(_weapon_clause(token, state)) if a not in args.source]
    if found:
        args.target = found
        args.rules.append(WEAPON_CLAUSE_PARTY)
        return True
    found = [a for a in dict.fromkeys(_pronoun_crowd(token, args, state))
             if a not in args.source]
    if found:
        args.target = found
        args.rules.append(CROWD_PRONOUN)
        return True
    return False


def _weapon_clause(token: Token, state: DocState) -> list[str]:
    """The object of an infinitive clause of a forcing verb on the act's weapon ("fired tear gas
    and live rounds to disperse protesters")."""
    weapons = [c for c in token.children if c.dep_ in {"dobj", "conj"} and c.pos_ == "NOUN"]
    clauses = [v for w in weapons for v in w.children if v.dep_ in {"relcl", "acl"}
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
    objects = [o for v in clauses for o in _clause_objects(v) if o.pos_ != "PRON"]
    return party_actors(objects, state, WEAPON_CLAUSE_PARTY)


def _hit_pronouns(token: Token) -> list[Token]:
    """"them" where force lands: an aiming phrase ("against some of them") or the object of a
    clause of what force was for ("to disperse them")."""
    slots = [_partitive_group(p) for p in _aimed_objects(token)]
    slots += [p for h in [token, *(c for c in token.children if c.dep_ == "dobj")]
              for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
              for p in c.children if p.dep_ == "pobj"]  # "fired tear gas at them"
    slots += [o for c in token.children if c.dep_ in {"xcomp", "advcl"}
              for o in _clause_objects(c)]
    return [s for s in slots if s.pos_ == "PRON" and s.lower_ in CROWD_PRONOUNS]


def _pronoun_crowd(token: Token, args: Args, state: DocState) -> list[str]:
    # unresolved, or resolved to the source itself ("officers used gas to disperse them")
    pronouns = [p for p in _hit_pronouns(token)
                if {m.actor_id for m in state.mentions_at(p.i)} <= set(args.source)]
    if not pronouns:
        return []
    pronoun = pronouns[0]
    force = {a.sector for i in args.source if (a := state.actor(i)) is not None} - {None}
    force |= set(words("force_side_sectors"))
    skipped = False
    for noun in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in PARTY_DEPS \
                or noun.ent_type_ in PLACE_ENTS:
            continue  # "in Lagos" is where, not who
        head = _partitive_group(noun)
        if not _people_word(head, state):
            continue  # "outside parliament", "tear gas": not who
        if _one_body(head, state):
            skipped = True  # "who worked for a private security firm": "them" is no one body
            continue
        actors = [m.actor_id for m in state.mentions_at(head.i)
                  if noun.doc[m.start : m.end].root.i == head.i]
        if set(actors) & set(args.source) or any(
                (a := state.actor(i)) is None or a.sector in force for i in actors):
            continue  # the force's own side ("clashed with police"): look further back
        found = actors or _crowd_group(head, state)
        if skipped and found:
            args.rules.append(PLURAL_ANTECEDENT)
        return found
    return []


def _one_body(head: Token, state: DocState) -> bool:
    """A singular noun that names one body, not a crowd ("a private security firm", "the
    agency"): plural "them" never stands for it (events.args.plural-antecedent.v1, wave 81,
    ev81b). A crowd noun ("the crowd", "the mob") or a group actor stays a crowd."""
    if head.tag_ != "NN" or head.lemma_.lower() in words("crowd_singular_nouns"):
        return False
    return not any((a := state.actor(m.actor_id)) is not None and a.kind == "group"
                   for m in state.mentions_at(head.i))


def _people_word(head: Token, state: DocState) -> bool:
    """A noun of people: a group actor at it, or a word of a crowd or of unnamed people."""
    if head.lemma_.lower() in words("force_side_nouns"):
        return False  # "officers", "troops": the force's side
    people = words("protester_nouns") | words("unnamed_people") | words("party_nouns")
    if head.lemma_.lower() in people or head.lower_ in people:
        return True
    return any((a := state.actor(m.actor_id)) is not None and a.kind == "group"
               for m in state.mentions_at(head.i))


def _crowd_group(head: Token, state: DocState) -> list[str]:
    """A group actor for the crowd's words, with the country its words give, else the one of
    the place it or the act on it is in (as for ``events.args.between-groups.v1``)."""
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    code = code_description(doc[start:end].text)
    country = (code.country if len(code.countries) <= 1 else None) or located_country(
        doc[start:end], local=True) or act_place_country(head)
    return [group_actor(doc, state, (start, end), country, code.sector, CROWD_PRONOUN)]
