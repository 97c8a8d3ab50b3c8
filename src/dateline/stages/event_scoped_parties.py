"""Groups the text places outside the story's country (``events.args.scoped-elsewhere.v1``,
wave 70 ev70f, judged rounds 41-42).

The article's country (``events.args.article-country.v9``) is a guess for a bare group
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
  with ``assembly_body_words``): they are the body's; ev95h widens this
  (``events.args.body-member.v1``) to a member whose own phrase names an international body
  ("judges at the ICC", ``actor_rules.body_member_preps``), to a person whose title is a member's
  ("Prosecutor Ann Berg"), and to a lead past a dateline split off as its own sentence;
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
#: A member of an international body known by their title or their own phrase (ev95h).
BODY_MEMBER_RULE = "events.args.body-member.v1"
#: Kinds of bodies whose members a group head names (``actor_rules.<kind>_member_heads``).
BODY_KINDS = ("court", "assembly")
#: A first "sentence" shorter than this is a dateline the parser split off, not the lead.
LEAD_MIN_TOKENS = 6


def scoped_placeable(ids: list[str], state: DocState, trigger: Token,
                     rules: list[str]) -> list[str]:
    """The parties of ``ids`` the article's country may go to; when one is kept from it, the
    event names ``SCOPED_ELSEWHERE_RULE``."""
    kept = [i for i in ids if not scoped_elsewhere(state.actor(i), state, trigger.doc)
            and not _body_member(state.actor(i), state, trigger, widened=False)]
    if len(kept) < len(ids) and SCOPED_ELSEWHERE_RULE not in rules:
        rules.append(SCOPED_ELSEWHERE_RULE)
    members = [i for i in kept if _body_member(state.actor(i), state, trigger, widened=True)]
    if members and BODY_MEMBER_RULE not in rules:
        rules.append(BODY_MEMBER_RULE)
    return [i for i in kept if i not in members]


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


def _body_member(actor: Actor | None, state: DocState, trigger: Token, widened: bool) -> bool:
    """"The judges rejected the request" in a story whose lead names the International
    Criminal Court: a member of a body the trigger's sentence or the story's first sentence
    names, when that body is international (no state's), is the body's. A member's own phrase
    may name the body too ("judges at the ICC" in an earlier sentence), and a person's title
    may say what member they are ("Prosecutor Jane Doe"); these two readings, and bodies
    named by an international official's title, are ``widened`` (``events.args.body-member.v1``)."""
    if actor is None or actor.country is not None or actor.kind == "country":
        return False
    doc = trigger.doc
    roots = [doc[m.start:m.end].root for m in state.mentions if m.actor_id == actor.id]
    heads = {(actor.name.lower().split() or [""])[-1]}
    if widened:
        heads |= _member_titles(actor, roots)
    bodies = next((rule_words(f"{kind}_body_words") for kind in BODY_KINDS
                   if heads & rule_words(f"{kind}_member_heads")), frozenset())
    if not bodies:
        return False
    spans = [(s.start, s.end) for s in (sentence_of(trigger), next(iter(doc.sents)))]
    if widened:
        spans.append(_lead_span(doc))
    if any(_names_body(state, mention.actor_id, bodies, widened) for mention in state.mentions
           if any(start <= mention.start < end for start, end in spans)):
        return True
    own = [_own_phrase(root) for root in roots] if widened else []
    return any(_names_body(state, mention.actor_id, None, widened) for mention in state.mentions
               if any(start <= mention.start < end for start, end in own))


def _names_body(state: DocState, actor_id: str, bodies: frozenset[str] | None,
                widened: bool) -> bool:
    """The actor is an international body (named with one of ``bodies`` unless None: a body
    in a member's own phrase needs no such word); widened, an international official's title
    ("the International Criminal Court's chief prosecutor") names the body too."""
    body = state.actor(actor_id)
    kinds = {"organization", "person", "group"} if widened else {"organization"}
    if body is None or body.sector != IGO_SECTOR or body.kind not in kinds:
        return False
    if bodies is None:
        return body.kind == "organization"
    name = body.name.lower().replace("'s", " ") if widened else body.name.lower()
    return bool(set(name.split()) & bodies)


def _lead_span(doc: Doc) -> tuple[int, int]:
    """The story's lead: through the first sentence that is more than a dateline ("NAIROBI -"
    alone is split off as a sentence of its own)."""
    end = 0
    for sent in doc.sents:
        end = sent.end
        if len(sent) >= LEAD_MIN_TOKENS:
            break
    return (0, end)


def _member_titles(actor: Actor, roots: list[Token]) -> set[str]:
    """The title words before a person's name ("Prosecutor" in "Prosecutor Jane Doe")."""
    if actor.kind != "person":
        return set()
    return {c.lower_ for root in roots for c in root.children
            if c.dep_ == "compound" and c.i < root.i and not c.ent_type_}


def _own_phrase(root: Token) -> tuple[int, int]:
    """The token range of the prepositions on a member's head ("at the ICC", "of the
    tribunal"): a body named there is the one the member sits on."""
    member_preps = rule_words("body_member_preps")
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in member_preps]
    if not preps:
        return (root.i, root.i)
    return (min(p.i for p in preps), max(p.right_edge.i for p in preps) + 1)
