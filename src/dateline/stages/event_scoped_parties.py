"""Groups the text places outside the story's country (``events.args.scoped-elsewhere.v1``,
wave 70 ev70f, judged rounds 41-42).

The article's country (``events.args.article-country.v8``) is a guess for a bare group
("police", "lawmakers"). It is no guess when the group's own phrase says the group is spread
over many countries or comes from other ones:

- a preposition of spread ("across", "around", "throughout", "beyond") whose object is a
  region, the world or a set of countries ("leaders across the region", "activists around the
  world"; ``actor_rules.scope_spread_preps``, ``actor_rules.scope_spread_nouns``);
- a preposition of origin or place ("from", "in", "of") whose object is a set of countries
  the text does not name ("ministers from the two countries", "suspects in neighbouring
  countries", "diplomats from other nations"; ``actor_rules.scope_state_nouns``);
- an adjective of a group (not of a person's title: "the foreign minister") that makes it
  foreign ("foreign journalists", "overseas students";
  ``actor_rules.scope_foreign_modifiers``);
- members of an international body named in the trigger's sentence or the story's lead ("the
  judges" in a story about the International Criminal Court; ``actor_rules.court_member_heads``
  of a body named with ``actor_rules.court_body_words``, ``assembly_member_heads`` of one named
  with ``assembly_body_words``): they are the body's;
- a group whose head has no national reading (``actor_rules.scope_stateless_heads``:
  "investors", "analysts", "markets"): the text has to say whose they are.

Such a party takes no country from the article; the event names the rule.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Actor
from dateline.stages.actor_lexicon import IGO_SECTOR, rule_words
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

SCOPED_ELSEWHERE_RULE = "events.args.scoped-elsewhere.v1"
#: Kinds of bodies whose members a group head names (``actor_rules.<kind>_member_heads``).
BODY_KINDS = ("court", "assembly")


def scoped_placeable(ids: list[str], state: DocState, trigger: Token,
                     rules: list[str]) -> list[str]:
    """The parties of ``ids`` the article's country may go to; when one is kept from it, the
    event names ``SCOPED_ELSEWHERE_RULE``."""
    kept = [i for i in ids if not scoped_elsewhere(state.actor(i), state, trigger.doc)
            and not _body_member(state.actor(i), state, trigger)]
    if len(kept) < len(ids) and SCOPED_ELSEWHERE_RULE not in rules:
        rules.append(SCOPED_ELSEWHERE_RULE)
    return kept


def scoped_elsewhere(actor: Actor | None, state: DocState, doc: Doc) -> bool:
    """The actor's own phrase places it outside the story's country (module docstring)."""
    if actor is None or actor.country is not None or actor.kind == "country":
        return False
    name = actor.name.lower().split()
    if set(name) & words("multinational_words"):
        return False  # "foreign ministers": the article's rule already leaves them alone
    if name and name[-1] in rule_words("scope_stateless_heads"):
        return True
    roots = [doc[m.start:m.end].root for m in state.mentions if m.actor_id == actor.id]
    group = actor.kind == "group"  # "the foreign minister" is the home government's office
    return any((group and _foreign_modifier(root)) or _spread_phrase(root) for root in roots)


def _foreign_modifier(root: Token) -> bool:
    """"foreign journalists": a modifier of the group's head makes it foreign."""
    return any(c.dep_ == "amod" and c.lower_ in rule_words("scope_foreign_modifiers")
               for c in root.children)


def _spread_phrase(root: Token) -> bool:
    """"leaders across the region", "ministers from both countries": a preposition of the
    group's head whose object spreads it over places or sets it in other countries."""
    for prep in (c for c in root.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = noun.lemma_.lower()
            if prep.lower_ in rule_words("scope_spread_preps") \
                    and lemma in rule_words("scope_spread_nouns"):
                return True
            if prep.lower_ in {"from", "in", "of"} and noun.tag_ in {"NNS", "NNPS"} \
                    and lemma in rule_words("scope_state_nouns"):
                return True
    return False


def _body_member(actor: Actor | None, state: DocState, trigger: Token) -> bool:
    """"The judges rejected the request" in a story whose lead names the International
    Criminal Court: a member of a body the trigger's sentence or the story's first sentence
    names, when that body is international (no state's), is the body's."""
    if actor is None or actor.country is not None or actor.kind == "country":
        return False
    head = (actor.name.lower().split() or [""])[-1]
    bodies = next((rule_words(f"{kind}_body_words") for kind in BODY_KINDS
                   if head in rule_words(f"{kind}_member_heads")), frozenset())
    if not bodies:
        return False
    doc = trigger.doc
    spans = [sentence_of(trigger), next(iter(doc.sents))]
    for mention in state.mentions:
        if not any(s.start <= mention.start < s.end for s in spans):
            continue
        body = state.actor(mention.actor_id)
        if body is not None and body.kind == "organization" and body.sector == IGO_SECTOR \
                and set(body.name.lower().split()) & bodies:
            return True
    return False
