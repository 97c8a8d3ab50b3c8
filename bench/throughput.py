"""Throughput of dateline against bare spaCy on the same texts, measured side by side.

Prints words/s of ``nlp.pipe`` with the plain English pipeline, words/s of
``dateline.extract_many``, and their ratio. Run: ``python bench/throughput.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from dateline.ingest.readers import Article, read_inputs
from dateline.pipeline import DEFAULT_MODEL, extract_many

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"


def corpus_texts(repeat: int) -> list[str]:
    texts = [i.text for i in read_inputs([str(CORPUS)]) if isinstance(i, Article)]
    return texts * repeat


def words_per_second(texts: list[str], seconds: float) -> float:
    return sum(len(t.split()) for t in texts) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="copies of the sample corpus")
    args = parser.parse_args()
    texts = corpus_texts(args.repeat)
    bare = spacy.load(DEFAULT_MODEL)
    list(extract_many(texts[:2]))  # load dateline's pipeline before timing
    list(bare.pipe(texts[:2]))
    rates: dict[str, list[float]] = {"spacy": [], "dateline": []}
    for _ in range(3):  # alternate so machine noise hits both alike
        start = time.perf_counter()
        list(bare.pipe(texts))
        rates["spacy"].append(words_per_second(texts, time.perf_counter() - start))
        start = time.perf_counter()
        list(extract_many(texts))
        rates["dateline"].append(words_per_second(texts, time.perf_counter() - start))
    spacy_rate, dateline_rate = max(rates["spacy"]), max(rates["dateline"])
    print(f"texts: {len(texts)}  words: {sum(len(t.split()) for t in texts)}")
    print(f"bare spaCy nlp.pipe     {spacy_rate:10.0f} words/s")
    print(f"dateline extract_many   {dateline_rate:10.0f} words/s")
    print(f"ratio dateline/spaCy    {dateline_rate / spacy_rate:10.2f}")


if __name__ == "__main__":
    main()
