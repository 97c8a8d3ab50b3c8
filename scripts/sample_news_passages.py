"""Draw candidate passages for the news attribution set (issue 13), in a seeded random order.

    python scripts/sample_news_passages.py meantime [--seed 1313] [--count 300] [--skip 0]
    python scripts/sample_news_passages.py ngec [--seed 1313] [--count 300] [--skip 0]
    python scripts/sample_news_passages.py meantime --quoted  (sentences with quotation marks)

Reads ../shared (never at run time): ``eval/meantime/docs.jsonl`` (one sentence per line; the
headline and the dateline are skipped) or ``data/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip``
(one sentence drawn from each story, stories in shuffled order). Prints each candidate sentence
with the sentence before and after it, so the annotator can widen a passage to one to three
consecutive sentences. The annotator reads the candidates in the printed order; which ones were
kept is written in the header of ``tests/data/news_quotes.yaml``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
STORIES = "data/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip"
QUOTE_MARK = re.compile("[\"“”]")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9(])")

Candidate = tuple[str, list[str], int]  # origin, sentences of the paragraph/document, index


def split_sentences(paragraph: str) -> list[str]:
    pieces, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        end = match.start() + len(match.group(0).rstrip())
        pieces.append(paragraph[start:end].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]


def meantime_candidates(seed: int) -> Iterator[Candidate]:
    pool: list[Candidate] = []
    with (SHARED / "eval/meantime/docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            lines = doc["text"].split("\n")
            pool += [(f"meantime:{doc['doc_id']}", lines, i) for i in range(2, len(lines))]
    random.Random(seed).shuffle(pool)
    yield from pool


def ngec_candidates(seed: int) -> Iterator[Candidate]:
    with zipfile.ZipFile(SHARED / STORIES) as archive:
        name = archive.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), "utf-8")))
    rng = random.Random(seed)
    order = list(range(len(rows)))
    rng.shuffle(order)
    for row in order:
        paragraphs = [p for p in rows[row]["text"].split("\n") if p.strip()]
        sentences = [s for p in paragraphs for s in split_sentences(p)]
        yield (f"ngec:{row}", sentences, rng.randrange(len(sentences)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", choices=("meantime", "ngec"))
    parser.add_argument("--seed", type=int, default=1313)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--quoted", action="store_true", help="sentences with quotation marks")
    args = parser.parse_args()
    draw = meantime_candidates if args.source == "meantime" else ngec_candidates
    candidates = draw(args.seed)
    if args.quoted:
        candidates = (c for c in candidates if QUOTE_MARK.search(c[1][c[2]]))
    for rank, (origin, sentences, i) in enumerate(candidates):
        if rank < args.skip:
            continue
        if rank >= args.skip + args.count:
            break
        before = sentences[i - 1] if i > 0 else ""
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        print(f"=== {rank} {origin} s{i}\n  < {before}\n  > {sentences[i]}\n  < {after}")


if __name__ == "__main__":
    main()
