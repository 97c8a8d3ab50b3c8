"""Target of a diplomatic drawdown (wave 70, ev70g; issue 11).

"the government ordered the withdrawal of its diplomatic staff from seven countries",
"Washington ordered non-emergency staff to leave its embassy in Kabul", "ordered its diplomats
to leave Senegal": the sanction (``events.sense.ordered-drawdown.v1``) aims at the host country,
named by "from", by what is left, or by the place of the mission; the state's own staff or
embassy is no target (``events.args.drawdown-host.v1``). No host named: no target.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dateline.stages.actor_context import a_state, city_country
from dateline.stages.event_arg_actors import actor_countries
from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.place_targets import country_actor
from dateline.stages.syntax import words

DRAWDOWN = "events.sense.ordered-drawdown.v1"
DRAWDOWN_HOST = "events.args.drawdown-host.v1"
DRAWDOWN_FOREIGN_ENVOY = "events.args.drawdown-foreign-envoy.v1"  # wave 72 (ev72b)


def _pobjs(head: Token, preps: set[str]) -> list[Token]:
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"]


def _hosts(token: Token) -> list[Token]:
    heads = [c for c in token.children if c.dep_ in {"dobj", "xcomp", "ccomp"}]
    found: list[Token] = _pobjs(token, {"from"})  # "ordered the withdrawal ... from X"
    for head in heads:
        found += _pobjs(head, {"from", "in"})
        if head.pos_ == "VERB":
            found += [c for c in head.children if c.dep_ == "dobj"]
    found += [g for f in list(found) for g in _pobjs(f, {"in"})]  # "its embassy in Kabul"
    return found + [c for f in found for c in f.conjuncts]


def drawdown_host(args: Any, token: Token, rule: str, state: Any) -> None:
    if rule != DRAWDOWN:
        return
    own = actor_countries(args.source, state)
    hosts = [a for a in actors_of(_hosts(token), state)
             if a not in args.source and not actor_countries([a], state) & own]
    args.target = list(dict.fromkeys(hosts))
    args.rules.append(DRAWDOWN_HOST)
    foreign = [a for a in actors_of(_envoys(token), state) if a not in args.source
               and (codes := actor_countries([a], state)) and not codes & own]
    if foreign and own:  # "ordered the U.S. ambassador to leave": an expulsion of that envoy
        args.target = list(dict.fromkeys(foreign))
        args.rules.append(DRAWDOWN_FOREIGN_ENVOY)


# Wave 72 (ev72b): a state's own envoys are never the target of a recall; an envoy expelled
# "from" a named state is that state's.
RECALL = "events.sanction.recall-envoy.v1"
#: Session 114: envoys withdrawn are recalled ("withdrew its ambassador from Tel Aviv").
RECALLS = frozenset({RECALL, "events.sanction.withdraw-envoy.v1"})
EXPEL = "events.sanction.expel.v1"
RECALL_OWN_ENVOY = "events.args.recall-own-envoy.v3"
EXPELLED_ENVOY_HOME = "events.args.expelled-envoy-home.v1"


def _envoys(token: Token) -> list[Token]:
    """The envoy nouns a trigger acts on: its objects (and their conjuncts)."""
    envoys = words("envoy_nouns")
    objs = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return [o for obj in objs for o in [obj, *obj.conjuncts]
            if o.lemma_.lower() in envoys or o.lower_ in envoys]


def _own(envoy: Token, source: list[str], state: Any) -> bool:
    """"its ambassador", "their own envoys", "Bahrain's ambassador" (said by Bahrain): the
    envoy belongs to the doer."""
    for child in envoy.children:
        if child.dep_ == "poss" and (
                child.pos_ == "PRON" or set(actors_of([child], state)) & set(source)):
            return True
        if child.dep_ == "amod" and child.lower_ == "own":
            return True
    return False


def recall_own_envoy(args: Any, token: Token, rule: str, state: Any) -> None:
    """"Bahrain recalled its ambassador from Tehran": the recalled envoy is the doer's own, so
    neither the envoy (whatever country the actor stage gave it) nor any party of the doer's
    country is a target; the host ("from" on the verb, "from"/"to"/"in" on the envoy) is, and
    with no host named there is no target (events.args.recall-own-envoy.v1). The same for an
    envoy withdrawn (``RECALLS``)."""
    if rule not in RECALLS:
        return
    envoys = [e for e in _envoys(token) if _own(e, args.source, state)]
    if not envoys:
        return
    own = actor_countries(args.source, state)
    phrase = {t.i for e in envoys for t in e.subtree if not _in_prep(t, e)}
    envoy_ids = {m.actor_id for i in phrase for m in state.mentions_at(i)}
    # "recalled ... to Riyadh" on the verb is home; "its ambassador to Ethiopia" is the post,
    # also where the parser hung "to Ethiopia" on the verb right after the envoy (v2; judged
    # round 117: "Kenya recalled its ambassador to Somalia" left empty). Home is the doer's own
    # country, which the filter below drops.
    places = _pobjs(token, {"from"}) + _post_on_verb(token, envoys) + [
        p for e in envoys for p in _pobjs(e, {"from", "to", "in"})]
    # v3 (session 117; judged round 149: "Colombia recalled its ambassador from Tel Aviv" left
    # empty): a host named only by a city the gazetteer places is that city's state
    hosts = actors_of(places, state) or _host_cities(places, state)
    kept = [a for a in [*args.target, *hosts] if a not in envoy_ids and a not in args.source
            and not actor_countries([a], state) & own]
    args.target = list(dict.fromkeys(kept))
    args.rules.append(RECALL_OWN_ENVOY)


def _host_cities(places: list[Token], state: Any) -> list[str]:
    """The states of the capitals or cities named as the host ("from Tel Aviv": Israel), as
    country actors (made if the story names the state nowhere else)."""
    found: list[str] = []
    for place in places:
        span = place.doc[place.left_edge.i : place.i + 1]
        code = city_country(span.text) or city_country(place.text)
        if code and a_state(code) and (actor := country_actor(place.doc, state, code,
                                                              make=True)) is not None:
            found.append(actor)
    return found


def _post_on_verb(token: Token, envoys: list[Token]) -> list[Token]:
    """The objects of a "to" phrase on the verb that directly follows a recalled envoy."""
    ends = {e.right_edge.i + 1 for e in envoys}
    return [g for p in token.children if p.dep_ == "prep" and p.lower_ == "to" and p.i in ends
            for g in p.children if g.dep_ == "pobj"]


def _in_prep(tok: Token, envoy: Token) -> bool:
    """Whether ``tok`` lies in a prepositional phrase under ``envoy`` ("ambassador to X")."""
    current = tok
    while current.i != envoy.i and current.head.i != current.i:
        if current.dep_ == "prep":
            return True
        current = current.head
    return False


def expelled_envoy_home(args: Any, token: Token, rule: str, state: Any) -> None:
    """"Russia expelled diplomats from Germany, Poland and Sweden": diplomats without an owner
    expelled "from" named states are those states' envoys, and the states are the target (not
    places people are moved from; events.args.expelled-envoy-home.v1). "expelled the
    ambassador from the country" (the doer's own) changes nothing."""
    if rule != EXPEL:
        return
    envoys = [e for e in _envoys(token)
              if not any(c.dep_ in {"poss", "amod", "compound"} for c in e.children)]
    if not envoys:
        return
    own = actor_countries(args.source, state)
    places = _pobjs(token, {"from"}) + [p for e in envoys for p in _pobjs(e, {"from"})]
    homes = [a for a in actors_of(places, state)
             if a not in args.source and (codes := actor_countries([a], state))
             and not codes & own]
    codes = actor_countries(homes, state)
    if not homes or not all(actor_countries([a], state) <= codes for a in args.target):
        return
    # "Norway diplomats" (the actor stage joined the first home) stays; the other homes join
    have = actor_countries(args.target, state)
    added = [a for a in dict.fromkeys(homes) if not actor_countries([a], state) <= have]
    if added:
        args.target = [*args.target, *added]
        args.rules.append(EXPELLED_ENVOY_HOME)
