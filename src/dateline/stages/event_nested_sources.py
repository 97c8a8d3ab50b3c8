"""A party named inside another source's phrase is no second doer (wave 83, ev83f; issue 11).

Blind judges (rounds 41-51) found a second source added from the first source's own phrase:
"the attack ... by supporters of Donald Trump" (Trump), "forces loyal to Abashidze blew up
bridges" (Abashidze), "Hossein Dehghan, a military adviser to Khamenei, warned" (Khamenei),
"Mariano Rajoy, who was Aznar's chosen successor, conceded" (Aznar), "Activists ..., who oppose
any normalisation with India, clashed" (India), "the parliament of Georgia's breakaway region
... accepted" (Georgia). The coder's source is the group, the follower or the body; the leader,
the patron or the party its clause tells of is a modifier of it, not a doer of the act.

``events.args.nested-source.v3`` (v2 before session 112, below): a source whose every mention
in the trigger's sentence hangs below another source's head, through

- a clause on it ("who oppose ties with X", "backed by X"), unless the clause names its leader
  (``clauses.nested_source_leading_verbs``: "a coalition led by Saudi Arabia");
- a phrase that is not the head's own origin ("loyal to X", "an adviser to X", "of X's region");
- a possessive or an origin phrase (``clauses.nested_source_own_preps``: "of", "from") right on
  the head, when the party is a person ("his supporters", "supporters of Trump"): a state, a
  body or a group there is the group's own ("troops from Chad", "fighters of the movement"),

is dropped from the source, after the argument rules have given countries (no guess of the
story's country takes the dropped party's place). ``events.args.nested-source-country.v2``: a
party dropped from a phrase of the group (not from a clause on it) gives the group its country
when the group has none and is named only in this sentence ("supporters of Trump": USA); an
international body's code goes to groups and unnamed officials, not to a named person. Kept:
conjuncts and appositions ("X and Y", "a spokesman, Y", "the president of X, Y"), a party
listed with a preposition's object ("governments across Latin America, the United States"),
names and adjectives on the head ("Kosovo's Albanian leaders"), a party reached through a
place of the group (``actor_rules.locative_preps``: "commandos deployed in Panama City",
"soldiers at the Syrian border"; v1 gave the soldiers SYR and dropped Panama), members
(``clauses.nested_source_member_preps``: "embassies, including those of the United States"),
and the last source.

Session 112 (``nested-source.v3``, ``nested-target.v2``): a name set beside a word that is a
mention of the same party ("forces under Assad's father Hafez": "father" and "Hafez" both name
Hafez, ``actors.description.kin-apposition.v1``) is read through that word alone; the name's
own apposition arc kept the party from counting as nested once kin took a country
(``actors.person.kin-country.v1``), and the forces lost their country to a second doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Actor
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.event_countries import give_country
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

__all__ = ["NESTED_COUNTRY_RULE", "NESTED_SOURCE_RULE", "NESTED_TARGET_COUNTRY_RULE",
           "NESTED_TARGET_RULE", "drop_nested_sources", "drop_nested_targets"]

NESTED_SOURCE_RULE = "events.args.nested-source.v3"
NESTED_COUNTRY_RULE = "events.args.nested-source-country.v2"
NESTED_TARGET_RULE = "events.args.nested-target.v2"
NESTED_TARGET_COUNTRY_RULE = "events.args.nested-target-country.v1"
#: How a source hangs below another: through a clause on it, or through a phrase of it.
CLAUSE, PHRASE = "clause", "phrase"
#: Arcs that join a party to another without making it a modifier of it.
_LEVEL_DEPS = frozenset({"conj", "cc", "appos", "compound", "amod", "nmod", "punct"})
#: Arcs of a clause hung on a noun.
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def drop_nested_sources(args: Args, token: Token, state: DocState) -> None:
    """Drop the sources named only inside another source's phrase (module docstring); a
    leader or a body named in a phrase of the group gives the group its country."""
    args.source = _keep_outer(args.source, token, state, args.rules,
                              (NESTED_SOURCE_RULE, NESTED_COUNTRY_RULE))


def drop_nested_targets(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """The same for the parties a violent or coercive act falls on (wave 84, ev84c): "Nemtsov,
    an opponent of Putin, was shot", "his son Mutassim was killed", "Her driver was also
    killed", "ministers of the council that had governed Sudan were detained": the victim is the
    target; the rival, the father, the employer or the state its phrase tells of is not. A word
    that a target renames ("her driver, Anderson Gomes") counts as that target's head."""
    if event_type not in words("nested_target_types"):
        return
    args.target = _keep_outer(args.target, token, state, args.rules,
                              (NESTED_TARGET_RULE, NESTED_TARGET_COUNTRY_RULE), renamed=True)


def _keep_outer(parties: list[str], token: Token, state: DocState, rules: list[str],
                names: tuple[str, str], renamed: bool = False) -> list[str]:
    """``parties`` without those named inside a kept one's phrase; ``names`` are the rules of
    the drop and of the country a kept party takes from a dropped owner, added to ``rules``."""
    kept, owners = _drop_nested(parties, token, state, renamed=renamed)
    if kept == parties:
        return parties
    drop_rule, country_rule = names
    rules.append(drop_rule)
    if _give_owner_country(kept, owners, token, state, country_rule):
        rules.append(country_rule)
    return kept


def _drop_nested(parties: list[str], token: Token, state: DocState,
                 renamed: bool) -> tuple[list[str], list[str]]:
    """The parties kept, and the parties dropped from a phrase of a kept one (not from a clause
    on it), whose country the kept party may take."""
    if len(parties) < 2:
        return parties, []
    heads = {a: _mention_heads(a, token, state, renamed) for a in parties}
    ways = {a: {_nested(h, a, heads, token, state) for h in heads[a]} for a in parties}
    nested = [a for a in parties if ways[a] and None not in ways[a]]
    if not nested or len(nested) == len(parties):
        return parties, []
    kept = [a for a in parties if a not in nested]
    owners = [a for a in nested if ways[a] == {PHRASE} and not _body_for_person(a, kept, state)]
    return kept, owners


def _give_owner_country(kept: list[str], owners: list[str], token: Token, state: DocState,
                        rule: str) -> bool:
    """A kept party with no country, named only in this sentence, takes the one country of the
    parties dropped from its phrase ("supporters of Trump": USA)."""
    countries = sorted(actor_countries(owners, state))
    named_here = [a for a in kept if _only_in_sentence(a, token, state)]
    return len(countries) == 1 and not actor_countries(kept, state) and give_country(
        named_here, countries[0], rule, state, token.doc)


def _only_in_sentence(actor_id: str, token: Token, state: DocState) -> bool:
    """Every mention of the actor is in the trigger's sentence: a country given to it is given
    to no party of another sentence that the same common noun names ("supporters")."""
    sent = sentence_of(token)
    return all(sent.start <= m.start < sent.end for m in state.mentions if m.actor_id == actor_id)


def _body_for_person(dropped: str, kept: list[str], state: DocState) -> bool:
    """An international body's code is no named person's country ("Klitschko, ... of the
    European Council"): it is carried to groups ("peacekeepers from the NATO-led force") and
    unnamed officials ("the Secretary-General's spokesman") only."""
    body = state.actor(dropped)
    return body is not None and body.sector == "IGO" and any(
        (a := state.actor(i)) is not None and a.kind == "person" and a.name[:1].isupper()
        for i in kept)


def _mention_heads(actor_id: str, token: Token, state: DocState,
                   renamed: bool = False) -> list[Token]:
    """The heads of the actor's mentions in the sentence; with ``renamed``, also the word a
    mention renames as its apposition ("her driver, Anderson Gomes": driver)."""
    sent = sentence_of(token)
    roots = [token.doc[m.start : m.end].root for i in range(sent.start, sent.end)
             for m in state.mentions_at(i) if m.actor_id == actor_id and m.start == i]
    own = {r.i for r in roots}
    roots = [r for r in roots if not (r.dep_ == "appos" and r.head.i in own)]  # v3
    if renamed:
        roots += [r.head for r in roots if r.dep_ == "appos"]
    return roots


def _nested(head: Token, actor_id: str, heads: dict[str, list[Token]], token: Token,
            state: DocState) -> str | None:
    """``head`` hangs below another source's head as its modifier, before reaching the
    trigger."""
    others = {h.i for a, found in heads.items() if a != actor_id for h in found}
    if head.i in others:
        return None  # one word names both ("Kosovo's Albanian leaders")
    path = [head]
    current = head
    while current.head.i != current.i and current.head.i != token.i:
        current = current.head
        if current.i in others:
            return _modifier_path(path, state.actor(actor_id))
        path.append(current)
    return None


def _modifier_path(path: list[Token], actor: Actor | None) -> str | None:
    """How the arcs from a party up to another source's head make it a modifier of that head:
    through a clause, through a phrase, or not at all (None)."""
    arcs = [t for t in path if t.dep_ not in _LEVEL_DEPS]
    if path[0].dep_ == "appos":
        return None  # the party renames a word of the phrase ("the president of X, Y")
    if any(t.dep_ == "conj" and t.head.dep_ == "pobj" for t in path):
        return None  # listed with the object ("governments across Latin America, the US")
    if not arcs or any(t.lower_ in words("nested_source_member_preps") for t in arcs):
        return None  # a conjunct, an apposition, a part of the name, a member "including" it
    if any(t.dep_ == "prep" and t.lower_ in rule_words("locative_preps") for t in arcs):
        return None  # a place of the group ("commandos deployed in Panama City", "soldiers at
        #              the Syrian border"): the actor stage's located-in rules read it (v2)
    clauses = [t for t in arcs if t.dep_ in _CLAUSE_DEPS]
    if clauses:
        leading = any(c.lemma_.lower() in words("nested_source_leading_verbs") for c in clauses)
        return None if leading else CLAUSE
    if _own_phrase(arcs):
        return PHRASE if actor is not None and actor.kind == "person" else None
    return PHRASE if any(t.dep_ in {"prep", "poss", "pobj"} for t in arcs) else None


def _own_phrase(arcs: list[Token]) -> bool:
    """"X's ...", "... of X", "... from X" right on the head."""
    if len(arcs) == 1:
        return arcs[0].dep_ == "poss"
    return len(arcs) == 2 and arcs[0].dep_ == "pobj" and arcs[1].dep_ == "prep" \
        and arcs[1].lower_ in words("nested_source_own_preps")
