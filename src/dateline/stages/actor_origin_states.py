"""Countries named as an origin, a former holder or a comparison are no home for a bare state
body (``actors.domestic.v4``, ev50c wave 50): "the AU, which took over from France the talks"
in a story about Chad gave "the government" a French code. A country that is the object of a
preposition of ``clauses.yaml: foreign_state_preps`` ("from", "than", "like") names a party
set apart from the story's state, so it does not count when "the government" looks back for
the country in play. Only the country's own name counts so, not a seat ("reports from Bangui"
tells where the story is filed) nor a demonym on another noun ("from a French military base"
names whose base it is)."""
from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.syntax import words

ORIGIN_STATE_RULE = "actors.domestic.v4"


def set_apart(token: Token) -> bool:
    """True when ``token`` is a word of a country's own name that is the object (through
    compound and flat links) of a setting-apart preposition."""
    if code_description(token.text).kind != "country":
        return False
    head = token
    while head.dep_ in {"compound", "flat"} and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in words("foreign_state_preps")
