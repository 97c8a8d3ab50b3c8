"""Corpora for the benchmarks: the sample corpus, MEANTIME, and the synthetic stories.

Real-length news: the 120 MEANTIME English Wikinews articles (read from ``$DATELINE_SHARED`` or
``../shared``, only here in the benchmarks) and the NGEC synthetic stories imported into
``data/synthetic_stories/`` (dev, then test). Each loader returns ``Article`` items in a fixed
order, with their metadata date when they carry one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

from dateline.ingest.readers import Article, read_inputs
from dateline.record import Source

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "corpus"
SYNTHETIC = [REPO / "data" / "synthetic_stories" / f"{part}.jsonl" for part in ("dev", "test")]


def shared_dir() -> Path:
    return Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared"))


def sample() -> list[Article]:
    return [i for i in read_inputs([str(SAMPLE)]) if isinstance(i, Article)]


def meantime() -> list[Article]:
    """The MEANTIME articles, anchored at their creation dates (empty when shared/ is absent)."""
    path = shared_dir() / "eval" / "meantime" / "docs.jsonl"
    if not path.is_file():
        return []
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        articles.append(Article(doc["text"], Source(id=f"meantime-{doc['doc_id']}",
                                                    title=doc.get("title")), doc.get("dct")))
    return articles


def _synthetic_rows() -> Iterator[dict[str, str]]:
    for path in SYNTHETIC:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def synthetic(limit: int | None = None) -> list[Article]:
    """The first ``limit`` synthetic stories (dev, then test; at most 4,500)."""
    return [Article(row["text"], Source(id=row["id"], title=row.get("title")))
            for row in islice(_synthetic_rows(), limit)]


def synthetic_stream(count: int) -> Iterator[Article]:
    """``count`` articles cycling over the synthetic stories, each copy made distinct (a
    numbered closing line) so that every article is a different record; streamed, not held."""
    rows = cycle(_synthetic_rows())
    for number, row in enumerate(islice(rows, count)):
        text = f"{row['text']}\n\n(Story {number + 1}.)"
        yield Article(text, Source(id=f"{row['id']}#{number}", title=row.get("title")))


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)
