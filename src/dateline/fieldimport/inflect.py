"""Verb forms named in CAMEO pattern comments (``# STEPPED_UP``) back to their block's lemmas."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dateline.fielddicts import Verb
from dateline.fieldimport.report import dictionary_phrase


def regular_forms(word: str) -> set[str]:
    """The regular inflections of a verb (third person, past, participles), over-generated."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def form_index(verbs: Iterable[Verb]) -> dict[str, str]:
    """Every form of the block's verbs -> its lemma (the lemma's own entry wins)."""
    index: dict[str, str] = {}
    for verb in verbs:
        head, _, rest = verb.lemma.partition(" ")
        tail = f" {rest}" if rest else ""
        for form in sorted(regular_forms(head)):
            index.setdefault(form + tail, verb.lemma)
        for form in verb.forms:
            index.setdefault(form, verb.lemma)
    for verb in verbs:
        index[verb.lemma] = verb.lemma
    return index


def origin_lemmas(
    comment: str, verbs: Iterable[Verb], every_verb: Mapping[str, str]
) -> tuple[tuple[str, ...], list[str]]:
    """Lemmas named by a pattern comment (``START , BEGIN``) and the names not found.

    A form is looked up among the block's verbs first, then among every verb of the dictionary
    (``every_verb``, from ``form_index``); a phrase whose first word is a known form takes that
    word's lemma (``stepped up`` -> ``step up``); a form found nowhere is kept as written.
    """
    index = {**every_verb, **form_index(verbs)}
    lemmas: list[str] = []
    unknown: list[str] = []
    for item in comment.split(","):
        phrase = dictionary_phrase(item.strip())[0]
        if not phrase:
            continue
        lemma = index.get(phrase)
        head, _, rest = phrase.partition(" ")
        if lemma is None and rest and head in index:
            lemma = f"{index[head]} {rest}"  # STEPPED_UP in a block of STEP
        if lemma is None:
            unknown.append(phrase)
            lemma = phrase
        if lemma not in lemmas:
            lemmas.append(lemma)
    return tuple(lemmas), unknown
