"""A state named through a class noun: "the Caribbean nation of Guadeloupe approved ...".

Wave 61 (ev61f, recall of first-paragraph acts): a subject whose head is a word for a kind of
state or territory (``clauses.state_class_nouns``: nation, island, country, republic ...) with an
"of" phrase naming a country actor is that country acting ("The island of Montserrat expelled an
activist", "The Pacific nation of Tonga has expelled a diplomat"). The actors stage codes the
country at the "of" object, so the act fell for want of a source. Only when the subject gave no
source otherwise, not for verbs of receiving, and only country actors coded by name (not a town
coded as its country: "the city of Mosul" is no class noun here either)
(``events.args.state-class-noun.v1``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import of_object
from dateline.stages.state import DocState
from dateline.stages.syntax import words

STATE_CLASS_NOUN = "events.args.state-class-noun.v1"


def class_noun_states(token: Token, subjects: list[Token], state: DocState) -> list[str]:
    """The country actors the "of" phrase of a state class-noun subject names, or []. Not for
    a verb of receiving (``clauses.receiving_verbs``: "the island of X will receive $2 million
    from ..."), whose subject is the one acted on and whose giver other rules look for."""
    found: list[str] = []
    if token.lemma_.lower() in words("receiving_verbs"):
        return found
    for subject in subjects:
        if subject.lemma_.lower() not in words("state_class_nouns") \
                or subject.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        inner = of_object(subject)
        if inner is None:
            continue
        for token in [inner, *(c for c in inner.children if c.dep_ == "conj")]:
            for mention in state.mentions_at(token.i):
                actor = state.actor(mention.actor_id)
                if actor is not None and actor.kind == "country" and actor.country \
                        and "place-target" not in (actor.rule or "") \
                        and mention.actor_id not in found:
                    found.append(mention.actor_id)
    return found
