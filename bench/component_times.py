"""CPU time of each part of dateline's pipeline on real-length news, with and without the stand-ins.

Runs the articles the way ``extract_many`` does (prepare: cleaning and ``make_doc``; every
component of the pipeline in order, in batches of 16, through its ``pipe`` when it has one;
building the records), timing each part with ``time.process_time`` (CPU time of this process:
other jobs on a shared machine do not inflate it). One untimed pass first (lazy loading,
caches), then ``--rounds`` timed passes; prints each part's seconds per pass and its share of
the whole, for the pipeline with the model's stock ``attribute_ruler`` and ``lemmatizer``
(``PipelineConfig(stand_ins=False)``) and with dateline's stand-ins (the default).

Run: ``python bench/component_times.py [--corpus meantime,synthetic] [--limit 150]
[--rounds 2]``.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from itertools import islice
from typing import Any

import corpora

from dateline.ingest.readers import Article
from dateline.pipeline import (
    PipelineConfig,
    _prepare,
    _result,
    load_pipeline,
    pipeline_info,
    pipeline_lexicon,
)

BATCH = 16


def one_pass(nlp: Any, articles: list[Article], spent: Counter[str]) -> None:
    info, lexicon = pipeline_info(nlp), pipeline_lexicon(nlp)
    for start in range(0, len(articles), BATCH):
        clock = time.process_time()
        entries = [_prepare(nlp, a, None, lexicon) for a in islice(articles, start, start + BATCH)]
        prepared = [e for e in entries if hasattr(e, "doc")]
        spent["cleaning, make_doc"] += time.process_time() - clock
        docs = [e.doc for e in prepared]
        for name, proc in nlp.pipeline:
            clock = time.process_time()
            docs = list(proc.pipe(docs, batch_size=BATCH) if hasattr(proc, "pipe")
                        else (proc(d) for d in docs))
            spent[name] += time.process_time() - clock
        clock = time.process_time()
        for entry, doc in zip(prepared, docs, strict=True):
            _result(entry, doc, info)
        spent["records"] += time.process_time() - clock


def report(label: str, spent: Counter[str], rounds: int) -> None:
    total = sum(spent.values())
    spacy_part = sum(v for k, v in spent.items() if not k.startswith("dateline_")
                     and k not in ("cleaning, make_doc", "records"))
    print(f"{label}: {total / rounds:.2f} s per pass; spaCy's components "
          f"{spacy_part / rounds:.2f} s ({100 * spacy_part / total:.1f} %)")
    for name, seconds in spent.items():
        print(f"  {name:<22} {seconds / rounds:7.3f} s {100 * seconds / total:6.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="meantime,synthetic")
    parser.add_argument("--limit", type=int, default=150, help="synthetic stories")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    loaders = {"sample": corpora.sample, "meantime": corpora.meantime,
               "synthetic": lambda: corpora.synthetic(args.limit)}
    articles = [a for name in args.corpus.split(",") for a in loaders[name]()]
    print(f"{args.corpus}: {len(articles)} articles, {corpora.words(articles)} words")
    for label, config in (("stock spaCy components", PipelineConfig(stand_ins=False)),
                          ("with the stand-ins", PipelineConfig())):
        nlp = load_pipeline(config)
        one_pass(nlp, articles, Counter())  # untimed: lazy loading, caches
        spent: Counter[str] = Counter()
        for _ in range(args.rounds):
            one_pass(nlp, articles, spent)
        report(label, spent, args.rounds)


if __name__ == "__main__":
    main()
