"""CPU time of each dateline stage and of building the records, on docs parsed once.

The articles are cleaned and run through spaCy's components (and the paragraphs stage) once;
then each pass runs the dateline stages and builds the records on fresh copies of those docs
(``Doc.copy``, not timed; marked as ``extract_many`` marks them), timing every stage's call
and the record building with ``time.process_time``. Run it with ``PYTHONPATH`` set to another
tree's ``src`` to compare two trees in one window (alternate the runs: the load moves).

``--ab`` alternates passes on plain docs (rows written and read back, as a serialisable doc)
and on ``keep_typed`` docs (as ``extract_many`` runs them), in one process.

Run: ``python bench/stage_times.py [--synthetic 150] [--meantime 60] [--passes 3] [--ab]``
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

import corpora

from dateline import pipeline
from dateline.pipeline import PipelineConfig, load_pipeline, pipeline_info, pipeline_lexicon
from dateline.stages import state
from dateline.stages.syntax import remember_text

#: ``extract_many`` marks the docs of a one-process run (``state.keep_typed``) where the tree has it
KEEP_TYPED = getattr(state, "keep_typed", lambda doc: doc)


def parsed_docs(nlp: Any, articles: list[Any]) -> list[tuple[Any, Any]]:
    """(prepared entry, doc after spaCy's components) per article that cleaning keeps."""
    lexicon = pipeline_lexicon(nlp)
    entries = [pipeline._prepare(nlp, a, None, lexicon) for a in articles]
    entries = [e for e in entries if isinstance(e, pipeline._Prepared)]
    first = next(i for i, (name, _) in enumerate(nlp.pipeline)
                 if name.startswith("dateline_") and name != "dateline_paragraphs")
    docs = [e.doc for e in entries]
    for _, proc in nlp.pipeline[:first]:
        docs = [proc(doc) for doc in docs]
    return list(zip(entries, docs, strict=True))


def one_pass(nlp: Any, parsed: list[tuple[Any, Any]], typed: bool = True) -> dict[str, float]:
    info = pipeline_info(nlp)
    stages = [(name, proc) for name, proc in nlp.pipeline
              if name.startswith("dateline_") and name != "dateline_paragraphs"]
    spent = {name: 0.0 for name, _ in stages} | {"records": 0.0}
    for entry, parsed_doc in parsed:
        doc = remember_text(parsed_doc.copy(), entry.cleaned.text)
        doc = KEEP_TYPED(doc) if typed else doc
        for name, proc in stages:
            start = time.process_time()
            doc = proc(doc)
            spent[name] += time.process_time() - start
        start = time.process_time()
        pipeline._result(entry, doc, info)
        spent["records"] += time.process_time() - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--synthetic", type=int, default=150, help="synthetic stories")
    parser.add_argument("--meantime", type=int, default=60, help="MEANTIME articles")
    parser.add_argument("--passes", type=int, default=3, help="timed passes (after a warm-up)")
    parser.add_argument("--ab", action="store_true",
                        help="alternate passes with plain tables and typed ones (keep_typed)")
    args = parser.parse_args()
    nlp = load_pipeline(PipelineConfig())
    articles = corpora.synthetic(args.synthetic) + corpora.meantime()[: args.meantime]
    parsed = parsed_docs(nlp, articles)
    one_pass(nlp, parsed)  # warm-up: lexicons, caches
    kinds = ["plain", "typed"] if args.ab else ["typed"]
    passes: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for number in range(args.passes):
        for kind in kinds if number % 2 == 0 else kinds[::-1]:
            passes[kind].append(one_pass(nlp, parsed, typed=kind == "typed"))
    print(f"{len(parsed)} docs, {args.passes} passes (median, min), CPU s; "
          f"{pipeline.__file__}")
    for kind, runs in passes.items():
        print(f" {kind} tables" if args.ab else "")
        for name in runs[0]:
            values = [p[name] for p in runs]
            print(f"  {name:<18} {statistics.median(values):7.3f} {min(values):7.3f}")
        totals = [sum(p.values()) for p in runs]
        print(f"  {'all':<18} {statistics.median(totals):7.3f} {min(totals):7.3f}")

if __name__ == "__main__":
    main()
