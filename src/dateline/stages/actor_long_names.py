"""A country's name inside a longer name (ev48b, wave 48; judged rounds 21-29: "Gulf of
Guinea" read as Guinea, a Papua New Guinea story's "government" coded GIN).

- ``actors.place.landform-name.v1``: a name that opens with a word for water or land and "of"
  ("the Gulf of Guinea", "the Sea of Japan", "the Strait of Sicily") or closes with one ("the
  Niger Delta", "the Congo Basin") names a place, not the state whose name it holds: it is no
  actor, and none of its words counts as that state.
- ``actors.state.long-name.v1``: a word of a longer country name counts as the state the whole
  name gives ("Papua New Guinea": PNG, not Guinea; "South Sudan": SSD, not Sudan; "Guinea-Bissau":
  GNB), when the bare institutions of a story are given the country of the sentences before
  them (``actors.domestic.v3``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.lexicons import active
from dateline.stages.actor_lexicon import code_description, lexicon, rule_words

LANDFORM_NAME_RULE = "actors.place.landform-name.v1"
LONG_NAME_RULE = "actors.state.long-name.v1"

#: The longest country name read around a word, in tokens ("Democratic Republic of the Congo").
LONGEST_NAME = 6
#: Lower-case words that may stand inside a country's name.
NAME_LINKS = frozenset({"of", "the", "and", "-"})


def landform_name(span: Span) -> bool:
    """"the Gulf of Guinea", "the Niger Delta": a name of water or land, not of a state
    (``actors.place.landform-name.v1``)."""
    words = span.text.removesuffix("'s").removesuffix("’s").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return False
    opens = words[0].lower() in rule_words("landform_opening_words") and words[1] == "of"
    return opens or words[-1].lower() in rule_words("landform_closing_words")


def foreign_demonym_region(span: Span) -> bool:
    """"Ethiopia's eastern Somali region": a demonym naming a region ("region", "province",
    "state" after it) that another state owns is the region's name, not a party of the
    demonym's state (``actors.place.demonym-region.v1``, wave 104; judged round 79 made Somalia
    a target)."""
    lex = lexicon()
    own = lex.demonyms.get(span.text)
    head = span.root.head
    if own is None or head.i == span.root.i or head.lemma_.lower() not in _region_nouns():
        return False
    owners = {lex.country_names.get(c.text) for c in head.children if c.dep_ == "poss"}
    return any(o is not None and o != own for o in owners)


def _region_nouns() -> frozenset[str]:
    """The nouns that make a name a state's first-level division (``places.admin_nouns.admin1``:
    "the Somali region", "Sindh province"), read once per lexicon."""
    found: frozenset[str] = active().derived(
        "actor_long_names.region-nouns", lambda data: frozenset(
            str(w).lower() for w in data.section("places")["admin_nouns"]["admin1"]))
    return found


def in_landform_name(token: Token) -> bool:
    """A word inside a name of water or land ("Guinea" in "the Gulf of Guinea", "Niger" in
    "the Niger Delta")."""
    doc = token.doc
    link = token.i - 2 if token.i > 1 and doc[token.i - 1].lower_ == "the" else token.i - 1
    opened = link > 0 and doc[link].lower_ == "of" and doc[link - 1].text[:1].isupper() \
        and doc[link - 1].lower_ in rule_words("landform_opening_words")
    after = token.i + 1
    while after < len(doc) and after < token.i + 3 and doc[after].text[:1].isupper() \
            and doc[after].lower_ not in rule_words("landform_closing_words"):
        after += 1
    closed = after < len(doc) and doc[after].text[:1].isupper() \
        and doc[after].lower_ in rule_words("landform_closing_words")
    return opened or closed


def long_name_state(token: Token, country: str) -> str | None:
    """The state ``token`` counts for: None inside a name of water or land, the state of the
    longest country name around it ("Papua New Guinea" for "Guinea", not "Republic of the
    Congo" inside "Democratic Republic of the Congo"), else its own ``country``
    (``actors.state.long-name.v1``)."""
    if in_landform_name(token):
        return None
    doc = token.doc
    for size in range(LONGEST_NAME, 1, -1):
        for start in range(max(token.i - size + 1, 0), token.i + 1):
            name = doc[start : start + size]
            if len(name) < size or not _name_shaped(name):
                continue
            code = code_description(name.text)
            if code.kind == "country" and code.country and len(code.countries) <= 1:
                return code.country  # the longest name wins ("Kenya and Uganda": no one state)
    return country


def _name_shaped(name: Span) -> bool:
    """Capitalised at both ends, with only capitalised words or links between."""
    ends = name[0].text[:1].isupper() and name[-1].text[:1].isupper()
    return ends and all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in name)
