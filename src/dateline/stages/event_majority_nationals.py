"""The country of a counted group from the people an apposition says most of it were (session
118, ``events.args.majority-nationals.v1``): "A suicide bomber killed at least 10 people, most of
them German tourists, in Istanbul" codes the victims DEU, not TUR, the country of the place;
"More than 120 people, the vast majority of them Palestinians, have been killed" codes them PSE,
not the dateline's ISR (judged rounds 153 and 154 called both codes wrong).

Only a comma right after the group's head, then words of ``clauses.majority_words`` ending in
"of them", then words up to the next punctuation, a relative pronoun or a verb, that code to one
country ("most of them Palestinians", "many of them Western tourists" codes none: no country).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.syntax import words

__all__ = ["MAJORITY_NATIONALS", "majority_nationals_country"]

MAJORITY_NATIONALS = "events.args.majority-nationals.v1"
#: Tokens the quantifier before "of them" may take at most ("the vast majority").
QUANTIFIER_SPAN = 4
#: Tags that end the people's description ("most of them Germans who were ...").
DESCRIPTION_ENDS = frozenset({"WDT", "WP", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})


def majority_nationals_country(head: Token) -> str | None:
    """The one country the apposition after ``head`` names most of its people by, or None."""
    doc = head.doc
    comma = head.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    after_them = _after_of_them(head, comma + 1)
    if after_them is None:
        return None
    end = after_them
    while end < len(doc) and not doc[end].is_punct and doc[end].tag_ not in DESCRIPTION_ENDS \
            and end - after_them < QUANTIFIER_SPAN + 2:
        end += 1
    if end == after_them:
        return None
    code = code_description(doc[after_them:end].text)
    return code.country if len(code.countries) == 1 else None


def _after_of_them(head: Token, start: int) -> int | None:
    """The index right after "<quantifier> of them" beginning at ``start``, or None."""
    doc = head.doc
    quantifiers = words("majority_words")
    i = start
    while i < len(doc) and i - start < QUANTIFIER_SPAN and doc[i].lower_ in quantifiers:
        i += 1
    if i == start or i + 1 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].lower_ != "them":
        return None
    return i + 2
