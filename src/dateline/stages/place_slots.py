"""Whether a place name stands in a place's slot or for the people who govern it.

The tests the places stage asks of each candidate name, and that ``place_split`` asks of the
actors stage's coded names: ``locates`` (a name in a place's slot: "in Ukraine", "Russia's Kursk
region", "shelled Kharkiv"), ``acts`` (a country, capital or territory used for who governs or
lives there, rule ``places.metonymy.v1``: "Moscow said") and ``names_a_party`` ("missiles at
Israel"), with the slot tests that admit a name the recogniser missed (``near_name``,
``before_place_noun``, ``named_by_noun``). They read only the parse and the ``places`` and
``countries`` lexicons, not the gazetteer, so they live apart from the stage that finds,
resolves and publishes places (``places.py``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from dateline.gazetteer import folded
from dateline.lexicons import LexiconData, active

PLACE_LABELS = {"GPE", "LOC", "FAC"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: "the North" (North Korea), "the West": a direction alone names no place.
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "centre", "center"}
DISTANCE_WORDS = {"km", "kilometre", "kilometer", "mile", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest"}


def names_a_party(span: Span, words: dict[str, Any]) -> bool:
    """A country or capital that a preposition makes a party, not a place ("missiles at
    Israel", "talks between Kyiv and Moscow"; see ``_locative_prep``)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    standing = _standing_for(span, words)
    if root.dep_ != "pobj" or standing is None:
        return False
    return not _locative_prep(root.head, standing, words)


def near_name(span: Span, words: dict[str, Any]) -> bool:
    """"near Salla", "outside Ansongo", "north of Bakhmut", "between Gao and Ansongo" after
    such a word: a name a site preposition or a direction puts a place in, known to the
    gazetteer or not (rule ``places.mention.near-name.v1``)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in words["site_preps"]:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in DIRECTIONS


def before_place_noun(span: Span, words: dict[str, Any]) -> bool:
    """"the Torkham crossing", "the Kherson region": a name a place noun follows."""
    return span.root.dep_ == "compound" and bool(_noun_words(span.root.head) & place_nouns(words))


def _noun_words(token: Token) -> set[str]:
    """A noun's lemma and its form ("crossing" is tagged a verb and lemmatised "cross")."""
    return {token.lemma_.lower(), token.lower_}


def in_place_slot(span: Span, words: dict[str, Any]) -> bool:
    return (span.root.pos_ == "PROPN" or span.root.ent_type_ != "") and locates(span, words)


def named_by_noun(span: Span, words: dict[str, Any]) -> bool:
    """"the port of Hodeidah", "the village of Tegh": a name a place noun introduces."""
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in place_nouns(words))


def acts(span: Span, words: dict[str, Any]) -> bool:
    """Whether a name is used for who governs or lives there (an actor, rule
    ``places.metonymy.v1``): a country, capital or territory anywhere it does not locate
    something, and any name that owns what is not a place ("the Federal Republic's
    annexation")."""
    root = span.root
    if root.dep_ == "poss" and root.head.lemma_.lower() not in words["place_heads"]:
        return True
    if not _metonym_kind(span, words):
        return False
    return not locates(span, words)


def _metonym_kind(span: Span, words: dict[str, Any]) -> bool:
    return _standing_for(span, words) is not None


def _territory_names(words: dict[str, Any]) -> set[str]:
    cached: set[str] | None = words.get("_territory_folded")
    if cached is None:
        cached = {folded(n) for p in words["places"] if p["feature"] == "territory"
                  for n in [p["name"], *p.get("aliases", [])]}
        words["_territory_folded"] = cached
    return cached


def _metonym_names(words: dict[str, Any]) -> set[str]:
    cached: set[str] | None = words.get("_metonym_folded")
    if cached is None:
        cached = {folded(n) for n in words["metonyms"]}
        words["_metonym_folded"] = cached
    return cached


def _country_names() -> frozenset[str]:
    """Folded names and capitals of every country in the active ``countries`` lexicon."""
    return active().derived("places.country-and-capital-names", _build_country_names)


def _build_country_names(lexicon: LexiconData) -> frozenset[str]:
    names: set[str] = set()
    for item in lexicon.section("countries").values():
        names.update(folded(n) for n in [*item.get("names", []), *item.get("capitals", [])])
    return frozenset(names)


def locates(span: Span, words: dict[str, Any]) -> bool:
    """A name in a place's slot: the object of a locative preposition ("in Ukraine", "the town
    of Sumy", "bound for Poland"), a container after a comma ("Lyon, France"), the possessor of a
    place noun ("Russia's Kursk region"), a name before a place noun in such a slot ("near the
    Torkham crossing"), or what a verb of reaching or striking takes ("shelled Kharkiv");
    conjuncts share their first conjunct's slot."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return _slot(root, span, words, depth=0)


def _slot(root: Token, span: Span, words: dict[str, Any], depth: int) -> bool:
    dep, head = root.dep_, root.head
    if dep == "pobj":
        return _locative_prep(head, _standing_for(span, words), words)
    if dep == "poss":
        return head.lemma_.lower() in place_nouns(words)
    if dep == "compound" and depth == 0 and _noun_words(head) & place_nouns(words):
        return _slot(head, span, words, depth + 1)
    if span.start >= 2 and span.doc[span.start - 1].text == "," and dep not in SUBJECTS:
        return _after_place(span)
    return dep == "dobj" and head.lemma_.lower() in words["place_object_verbs"]


def place_nouns(words: dict[str, Any]) -> set[str]:
    cached: set[str] | None = words.get("place_nouns")
    if cached is None:
        cached = {*words["place_heads"], *words["site_heads"], *words["settlement_nouns"],
                  *(n for nouns in words["admin_nouns"].values() for n in nouns)}
        words["place_nouns"] = cached
    return cached


def _standing_for(span: Span, words: dict[str, Any]) -> str | None:
    """"country" or "capital" when a name can stand for a government, else None."""
    text = folded(span.text)
    countries = words.get("_gazetteer_countries", frozenset())
    if text in _country_only_names() or text in _territory_names(words) or text in countries:
        return "country"
    return "capital" if text in _country_names() or text in _metonym_names(words) else None


def _locative_prep(prep: Token, standing: str | None, words: dict[str, Any]) -> bool:
    """Whether a preposition puts its object in a place's slot. For a country or capital,
    "between" and "among" relate parties ("talks between Kyiv and Moscow"), and for a country
    "from" and "at" name a party ("imports from Morocco", "missiles at Israel") unless a verb
    of going or a place noun governs them ("fled from Sudan", "the crossing from Egypt")."""
    word, head = prep.lower_, prep.head
    heads = {head.lemma_.lower(), head.lower_}
    if word == "of":
        return bool(heads & (place_nouns(words) | DISTANCE_WORDS))
    if word in {"to", "for"}:
        return bool(heads & set(words["motion_verbs"]))
    if standing and word in {"between", "among"}:
        return False
    if standing == "country" and word == "at":
        return bool(heads & place_nouns(words))
    if standing == "country" and word == "from":
        return bool(heads & (set(words["motion_verbs"]) | place_nouns(words)))
    return word in words["locative_preps"]


def _country_only_names() -> frozenset[str]:
    return active().derived("places.country-names", _build_country_only_names)


def _build_country_only_names(lexicon: LexiconData) -> frozenset[str]:
    names: set[str] = set()
    for item in lexicon.section("countries").values():
        names.update(folded(n) for n in item.get("names", []))
    return frozenset(names)


def _after_place(span: Span) -> bool:
    doc = span.doc
    before = span.start - 2
    return before >= 0 and (doc[before].ent_type_ in PLACE_LABELS or doc[before].pos_ == "PROPN")
