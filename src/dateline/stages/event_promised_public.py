"""The public a leader promises to serve (session 119, ``events.args.promised-public.v1``).

"He promised to be a president for all Czechs", "pledged to govern for all Bolivians", "promised
to be the president of all Chileans": a promise whose infinitive serves "all" of a people names
that people as the party it is made to. Judged rounds 50-164 called the empty target of such
promises wrong 9 times in 13 (and right 4 times); the three judged with the people as target
were all called right.

Only a promise verb (``clauses.public_promise_verbs``) with no target yet, and a noun under
"all" that is the object of "for" or "of" (``clauses.public_scope_preps``) inside the promise's
own infinitive clause. The noun is the target when it is a group actor already; otherwise when
its words code to one country as a group ("all Dutch people", "all the people of Fiji"), as a
new group actor of that country; "for all of us", "the president of all" name no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["PROMISED_PUBLIC", "promised_public"]

PROMISED_PUBLIC = "events.args.promised-public.v1"
#: Sector of the people a leader promises to serve.
PUBLIC_SECTOR = "CVL"


def promised_public(args: Args, token: Token, event_type: str, state: DocState) -> bool:
    """Fill an empty target of a promise with the people it serves "all" of. True when it did."""
    if args.target or event_type != "AGREE" or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("public_promise_verbs"):
        return False
    for clause in (c for c in token.children if c.dep_ == "xcomp"):
        for people in _served_people(clause):
            party = _public_party(people, state)
            if party is not None and party not in args.source:
                args.target = [party]
                args.rules.append(PROMISED_PUBLIC)
                return True
    return False


def _served_people(clause: Token) -> list[Token]:
    """Nouns of the clause under "all" that are the object of a scope preposition, nearest
    first ("govern for all Bolivians", "be the president of all Chileans")."""
    found = []
    for token in clause.subtree:
        if token.lower_ != "all" or token.dep_ not in {"det", "predet", "amod", "quantmod"}:
            continue
        noun = token.head
        while noun.pos_ == "NUM" and noun.head.i != noun.i:
            noun = noun.head  # "for all 215 million Brazilians"
        if noun.dep_ == "pobj" and noun.head.lower_ in words("public_scope_preps") \
                and noun.pos_ in {"NOUN", "PROPN"}:
            found.append(noun)
    return found


def _public_party(noun: Token, state: DocState) -> str | None:
    """The group actor the noun names, or a new one when its words code to one country."""
    for mention in state.mentions_at(noun.i):
        actor = state.actor(mention.actor_id)
        if actor is not None and actor.kind == "group":
            return actor.id
    start = next(t.i for t in noun.subtree if t.lower_ == "all") + 1
    while start < noun.i and noun.doc[start].dep_ in {"det", "nummod", "quantmod"}:
        start += 1  # "all 215 million Brazilians", "all the people of Fiji"
    end = noun.right_edge.i + 1
    code = code_description(noun.doc[start:end].text)
    if len(code.countries) != 1 or code.country is None:
        return None
    return group_actor(noun.doc, state, (start, end), code.country, PUBLIC_SECTOR,
                       PROMISED_PUBLIC)
