"""Proof that dateline's stand-ins annotate exactly as spaCy's own components.

``dateline.fast_attributes`` stands in for the model's ``attribute_ruler``,
``dateline.fast_lemmas`` for its ``lemmatizer``, ``dateline.fast_ner`` for its ``ner``'s
transition loop, ``dateline.fast_matmul`` for the BLIS matrix products of its neural layers
(``pipeline.use_stand_ins``). This builds
dateline's pipeline twice, with the model's stock components
(``PipelineConfig(stand_ins=False)``) and with the stand-ins (the default), runs the docs
dateline makes of each article (cleaned text, paragraph starts) through the spaCy part of each
(every component before the first dateline stage: tagger, parser, ruler, lemmatizer, entity
recogniser) and compares them token by token: POS, TAG, MORPH, LEMMA, DEP, HEAD, the entity
annotation (ENT_IOB, ENT_TYPE, ENT_KB_ID) and sentence starts. Prints per corpus the texts and
tokens compared and the tokens that differ in any of them (must be 0), with the first
differences found.

Corpora: ``sample`` (``samples/corpus``), ``meantime`` (the 120 MEANTIME articles, from
``$DATELINE_SHARED`` or ``../shared``) and ``synthetic`` (the NGEC synthetic stories of
``data/synthetic_stories``, all 4,500 unless ``--limit``).

Run: ``python bench/attribute_identity.py [--corpus sample,meantime,synthetic] [--limit N]
[--skip K]`` (stories K to N only); exits 1 when a token differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from itertools import islice
from typing import Any

import corpora
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from dateline.ingest.readers import Article
from dateline.pipeline import PipelineConfig, _prepare, load_pipeline, pipeline_lexicon

COMPARED = {"POS": POS, "TAG": TAG, "MORPH": MORPH, "LEMMA": LEMMA, "DEP": DEP, "HEAD": HEAD,
            "ENT_IOB": ENT_IOB, "ENT_TYPE": ENT_TYPE, "ENT_KB_ID": ENT_KB_ID,
            "SENT_START": SENT_START}
BATCH = 64
PROGRESS = 100  # texts between progress lines


def spacy_part(nlp: Any) -> list[str]:
    """Names of the dateline stages, to disable: what is left is the spaCy part (with
    ``dateline_paragraphs``, which sets sentence starts before the parser)."""
    return [name for name in nlp.pipe_names
            if name.startswith("dateline_") and name != "dateline_paragraphs"]


def docs(nlp: Any, articles: list[Article]) -> Iterator[Any]:
    """The docs dateline makes of the articles (those cleaning leaves text in)."""
    lexicon = pipeline_lexicon(nlp)
    for article in articles:
        prepared = _prepare(nlp, article, None, lexicon)
        if not hasattr(prepared, "doc"):
            continue  # an error record: nothing reaches spaCy
        yield prepared.doc


def annotated(nlp: Any, articles: list[Article]) -> Iterator[Any]:
    return nlp.pipe(docs(nlp, articles), batch_size=BATCH, disable=spacy_part(nlp))


def compare(stock: Any, fast: Any, articles: list[Article], name: str) -> int:
    columns = list(COMPARED.values())
    texts = tokens = differing = 0
    shown: list[str] = []
    started = time.perf_counter()
    for old, new in zip(annotated(stock, articles), annotated(fast, articles), strict=True):
        assert old.text == new.text
        texts += 1
        tokens += len(old)
        before, after = old.to_array(columns), new.to_array(columns)
        rows = (before != after).any(axis=1).nonzero()[0].tolist()
        differing += len(rows)
        for i in islice(rows, max(0, 5 - len(shown))):
            fields = [f for f, col in zip(COMPARED, range(len(columns)), strict=True)
                      if before[i, col] != after[i, col]]
            shown.append(f"  {name} text {texts}, token {i} {old[i].text!r}: {fields}")
        if texts % PROGRESS == 0:
            print(f"  ... {name}: {texts} texts, {tokens:,} tokens, {differing} differing",
                  flush=True)
    print(f"{name:<10} texts {texts:>5}  tokens compared {tokens:>9,}  tokens differing "
          f"{differing}  ({time.perf_counter() - started:.0f} s)", flush=True)
    for line in shown:
        print(line)
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="sample,meantime,synthetic")
    parser.add_argument("--limit", type=int, default=None, help="synthetic stories (all)")
    parser.add_argument("--skip", type=int, default=0,
                        help="synthetic stories to skip first (to split the run in parts)")
    args = parser.parse_args()
    stock = load_pipeline(PipelineConfig(stand_ins=False))
    fast = load_pipeline(PipelineConfig())
    for name in ("attribute_ruler", "lemmatizer"):
        kinds = [type(nlp.get_pipe(name)).__name__ for nlp in (stock, fast)]
        assert kinds[0] != kinds[1], f"both pipelines have the same {name}: {kinds}"
        print(f"{name}: stock {kinds[0]}, stand-in {kinds[1]}")
    print(f"compared: {', '.join(COMPARED)}")
    loaders = {"sample": corpora.sample, "meantime": corpora.meantime,
               "synthetic": lambda: corpora.synthetic(args.limit)[args.skip:]}
    differing = 0
    for name in args.corpus.split(","):
        articles = loaders[name]()
        if not articles:
            print(f"{name:<10} (not found: set DATELINE_SHARED to the shared folder)")
            continue
        differing += compare(stock, fast, articles, name)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
