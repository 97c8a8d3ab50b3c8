"""Whom protests, demands and calls are aimed at (issue 11, wave 38, ev38c).

A protest or a request often names the party it is aimed at outside the verb's own slots.
Each rule fills an empty target only, and names itself after the trigger rule:

- ``events.args.protest-aim.v1``: "protests erupted against Greece's government", "protests
  were held against the first lady, Ana Diaz", "the protest was aimed at pressuring Russia":
  the party of the "against" phrase of the verb a protest noun is the subject of (a verb of
  ``clauses.protest_aim_verbs``), and the owner of an act a protest is against ("against
  President Kenyatta's refusal"): CONVENTIONS, a protest aimed at the authorities' acts
  targets them;
- ``events.args.demand-clause.v1``: "demanded that President Anastasiades resign", "protests
  ... demanding the president resign": the party asked to act is the subject of the demanded
  clause (of a verb of ``clauses.demand_clause_verbs``), not a party the clause merely names;
- ``events.args.addressee-group.v2``: "called on member countries to", "urged the nations of
  the world to": an addressee named by a common noun of ``clauses.addressee_group_nouns``
  with no actor of its own is the target, as a group actor (a common-noun group is a right
  party by CONVENTIONS); after the domestic and unnamed-party rules, which it only follows.
  v2 (session 110, after rounds 113-114): an addressee the actors stage already named as a bloc
  of states ("calls on developing countries to take steps", actors.group.bloc.v1) is that bloc.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_blocs import BLOC_RULE
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args, actors_named_at, conjuncts
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

PROTEST_AIM = "events.args.protest-aim.v1"
DEMAND_CLAUSE = "events.args.demand-clause.v1"
ADDRESSEE_GROUP = "events.args.addressee-group.v2"
#: "called on", "called upon": the prepositions that name whom a call is addressed to.
CALL_PREPS = frozenset({"on", "upon"})


def aimed_targets(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """The target of a protest or a request with none yet: the aim of a protest, else the
    party a demanded clause asks to act."""
    if args.target or entry_type not in {"PROTEST", "REQUEST"}:
        return
    found, rule = [], ""
    if entry_type == "PROTEST":
        found, rule = _protest_aim(token, state), PROTEST_AIM
    if not found:
        found, rule = _demanded_party(token, entry_type, state), DEMAND_CLAUSE
    _set_target(args, found, rule)


def addressee_targets(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """A request's addressed group, where no earlier rule (the unnamed and role parties of
    ``event_domestic``: "called on the international community") found a target."""
    if not args.target and entry_type == "REQUEST":
        _set_target(args, _addressee_group(token, state), ADDRESSEE_GROUP)


def _set_target(args: Args, found: list[str], rule: str) -> None:
    found = [a for a in found if a not in args.source]
    if found:
        args.target = found
        args.rules.append(rule)


def _protest_aim(token: Token, state: DocState) -> list[str]:
    """The party a protest is against: on the trigger, an act's owner ("against Israel's
    blockade"); on the verb a protest noun is the subject of, the party or the act's owner."""
    found = _aim_parties(token, {"against"}, state, owners_only=True)
    if token.pos_ == "NOUN" and token.dep_ in SUBJECTS \
            and token.head.lemma_.lower() in words("protest_aim_verbs"):
        verb = token.head
        found = found or _aim_parties(verb, {"against"}, state, owners_only=False)
        found = found or _aimed_at_object(verb, state)
    return found


def _aim_parties(head: Token, preps: set[str], state: DocState, owners_only: bool) -> list[str]:
    """Actors of ``head``'s ``preps`` phrases: the phrase's own (with its apposition: "the first
    lady, Ana Diaz") unless ``owners_only``, else the named owner of what it names (not a
    pronoun: "against their land being confiscated" is the protesters' own land)."""
    found: list[str] = []
    for pobj in (p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj"):
        nouns = [pobj, *conjuncts(pobj)]
        own = actors_named_at(nouns + [a for n in nouns for a in n.children
                                       if a.dep_ == "appos"], state)
        if own and not owners_only:
            found += own
        elif not own:
            found += actors_named_at([o for n in nouns for o in n.children
                                      if o.dep_ == "poss" and o.pos_ != "PRON"], state)
    return list(dict.fromkeys(found))


def _aimed_at_object(verb: Token, state: DocState) -> list[str]:
    """"was aimed at pressuring Russia": the object of the gerund an "at" phrase holds."""
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return actors_named_at([o for g in gerunds for o in g.children if o.dep_ == "dobj"], state)


def _demanded_party(token: Token, entry_type: str, state: DocState) -> list[str]:
    """The subject of a demanded clause, on the trigger (a request) or on a demanding
    participle in a protest's phrase ("protests led by fighters demanding the president
    resign")."""
    verbs = words("demand_clause_verbs")
    if entry_type == "REQUEST":
        demanding = [token] if token.lemma_.lower() in verbs else []
    else:
        demanding = [t for t in token.subtree if t.tag_ == "VBG" and t.dep_ in {"acl", "advcl"}
                     and t.lemma_.lower() in verbs]
    subjects = [s for d in demanding for c in d.children if c.dep_ == "ccomp"
                for s in _clause_subjects(c)]
    return actors_named_at(subjects, state)


def _clause_subjects(clause: Token) -> list[Token]:
    """Who a clause asks to act: its active subject; the parser tags "the president resign" a
    noun with "president" as its compound, which is read as the subject too."""
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        return []  # "demanded that a meeting be called": no one named to act
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects and clause.pos_ == "NOUN":
        subjects = [c for c in clause.children if c.dep_ == "compound" and c.i < clause.i]
    return [n for s in subjects for n in [s, *conjuncts(s)]]


def _addressee_group(token: Token, state: DocState) -> list[str]:
    """"called on member countries to cut spending": an unnamed group addressed, with no
    actor inside its phrase, as a group actor with the country its words name, if one."""
    heads = [p for c in token.children if c.dep_ == "prep" and c.lower_ in CALL_PREPS
             for p in c.children if p.dep_ == "pobj"]
    if not heads and any(c.dep_ == "xcomp" for c in token.children):  # "urged X to"
        heads = [c for c in token.children if c.dep_ == "dobj"]
    nouns = words("addressee_group_nouns")
    heads = [h for h in heads if h.lemma_.lower() in nouns]
    named = [state.actor(a) for a in actors_named_at(heads, state)]
    blocs = [a.id for a in named if a is not None and BLOC_RULE in (a.rule or "")]
    if blocs:  # "calls on developing countries": the bloc the actors stage named (session 110)
        return blocs[:1]
    heads = [h for h in heads if not any(state.mentions_at(t.i) for t in h.subtree)]
    if not heads:
        return []
    head = heads[0]
    start, end = head.left_edge.i, head.right_edge.i + 1
    code = code_description(head.doc[start:end].text)
    country = code.country if len(code.countries) <= 1 else None
    return [group_actor(head.doc, state, (start, end), country, code.sector, ADDRESSEE_GROUP)]
