"""A group named by a common noun that a quantity word counts ("a group of militants",
"hundreds of youths", "a crowd of demonstrators").

``actors.description.counted-group.v1`` / ``events.args.counted-group.v1`` (wave 63, ev63a): a
group word with no country is made an actor only where it takes part in an act
(``actor_phrases.takes_part``: a subject, a "by" agent, a harmed object ...). Under a quantity
head (``clauses.quantity_heads``) the group word is the object of "of", so that test never
held, no actor was built and the act fell with no source ("a group of militants stormed the
station", "dozens of youths attacked the office"), though the events stage reads its parties
through the quantity (``event_lexicon.through_quantity``). Here the test is asked of the
quantity head the group word fills, through a chain of them ("a group of hundreds of
protesters"), where that head is the subject of an active verb, not of a protest the crowd
rules read ("thousands of protesters marched": ``crowds``). An act that takes such an actor as a
party says so in its rule.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.actor_phrases import takes_part
from dateline.stages.state import DocState
from dateline.stages.syntax import words

ACTOR_RULE = "actors.description.counted-group.v1"
RULE = "events.args.counted-group.v1"


def quantity_holder(token: Token) -> Token | None:
    """The outermost quantity head whose "of" phrase the token fills, or None."""
    holder = None
    quantities = words("quantity_heads")
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.i:
        outer = token.head.head
        if outer.lemma_.lower() not in quantities and outer.lower_ not in quantities:
            break
        holder = token = outer
    return holder


def counted_part(span: Span) -> bool:
    """The group the span names takes part through the quantity that counts it, as the
    subject of an active verb (or a conjunct of one): a quantity that is a passive subject
    or an object is most often the one acted on or moved ("a group of fighters were killed",
    "a group of soldiers were deployed"), which the rules of those slots read otherwise."""
    holder = quantity_holder(span.root)
    while holder is not None and holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    return holder is not None and holder.dep_ == "nsubj" \
        and takes_part(span.doc[holder.i : holder.i + 1]) and not _crowd_verb(holder.head)


def _crowd_verb(verb: Token) -> bool:
    """A protest verb whose crowd subject the crowd rules read (``crowd_protest``): no actor
    of this module is built for it, so the record keeps the one crowd actor as before."""
    from dateline.stages.crowds import crowd_agent  # the events stage's own modules
    from dateline.stages.event_lexicon import match

    entry = match(verb)
    return entry is not None and crowd_agent(verb, entry.type)


def counted_parties(actor_ids: list[str], state: DocState) -> bool:
    """Whether any of the actors is a counted group of this module."""
    return any(ACTOR_RULE in _rule(a, state) for a in actor_ids)


def crowd_protest(source: list[str], token: Token, event_type: str, rule: str,
                  state: DocState) -> bool:
    """A protest whose subject is a crowd ("thousands of protesters marched"): the crowd rules
    (``crowds``) read its crowd and the state it protests against, as before this module, so a
    source that is only counted groups is left to them."""
    if not source or not all(ACTOR_RULE in (_rule(a, state)) for a in source):
        return False
    from dateline.stages.crowds import crowd_agent  # the events stage's own module
    from dateline.stages.events import RALLY_SENSES

    return crowd_agent(token, "PROTEST" if rule in RALLY_SENSES else event_type)


def _rule(actor_id: str, state: DocState) -> str:
    actor = state.actor(actor_id)
    return (actor.rule or "") if actor is not None else ""
