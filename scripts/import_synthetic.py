"""Import NGEC's PLOVER-labelled synthetic stories into ``data/synthetic_stories/``, split once.

    python scripts/import_synthetic.py [ZIP] [--out DIR] [--seed 20261130] [--test-share 0.4]

ZIP defaults to ``$DATELINE_SHARED/data/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip``, else
``../shared/data/ngec/...`` beside the repository. Writes ``dev.jsonl`` (60%) and ``test.jsonl``
(40%), one story a line: ``id`` (``ngec-0001`` by row order of the source), ``title`` (the
headline as the story was written from, placeholders filled), ``title_template`` (the source's
headline with ``{country_1}``-style placeholders), ``text``, ``label`` (PLOVER type), ``mode``
(PLOVER mode or null) and ``source`` (the wire named in the prompt). The split is stratified by
label and drawn with a fixed seed: re-running gives the same files. Rules are written against
``dev.jsonl`` only; ``test.jsonl`` is never read while writing rules.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import json
import os
import random
import sys
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ZIP_NAME = "gpt_synthetic_events_2023-10-19_19.csv.zip"
FIELDS = ("id", "title", "title_template", "text", "label", "mode", "source")


def default_zip() -> Path:
    shared = os.environ.get("DATELINE_SHARED")
    base = Path(shared) if shared else REPO.parent / "shared"
    return base / "data" / "ngec" / ZIP_NAME


def read_rows(path: Path) -> list[dict[str, str]]:
    """The CSV rows of the zip's one CSV file, in order."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.endswith(".csv") and "__MACOSX" not in n]
        if len(names) != 1:
            raise SystemExit(f"{path}: expected one CSV file, found {names}")
        text = archive.read(names[0]).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def story(number: int, row: dict[str, str]) -> dict[str, str | None]:
    """One source row as a story record (see the module docstring for the fields)."""
    return {
        "id": f"ngec-{number:04d}",
        "title": row["prompt"].split("\n", 1)[0].strip(),
        "title_template": row["title"].strip(),
        "text": row["text"].strip(),
        "label": row["label"].strip(),
        "mode": row["mode"].strip() or None,
        "source": row["source"].strip(),
    }


def split(
    stories: Sequence[dict[str, str | None]], test_share: float, seed: int
) -> tuple[list[dict[str, str | None]], list[dict[str, str | None]]]:
    """Stratified by label: per label (sorted), a seeded shuffle; the first share goes to test."""
    by_label: dict[str, list[str]] = collections.defaultdict(list)
    for item in stories:
        by_label[str(item["label"])].append(str(item["id"]))
    draw = random.Random(seed)
    test_ids: set[str] = set()
    for label in sorted(by_label):
        ids = sorted(by_label[label])
        draw.shuffle(ids)
        test_ids.update(ids[: round(len(ids) * test_share)])
    dev = [s for s in stories if s["id"] not in test_ids]
    test = [s for s in stories if s["id"] in test_ids]
    return dev, test


def write_jsonl(path: Path, rows: Iterable[dict[str, str | None]]) -> None:
    lines = [json.dumps({k: row[k] for k in FIELDS}, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def label_table(dev: Sequence[dict[str, str | None]], test: Sequence[dict[str, str | None]]) -> str:
    dev_counts = collections.Counter(str(s["label"]) for s in dev)
    test_counts = collections.Counter(str(s["label"]) for s in test)
    lines = ["| label | dev | test |", "|---|---|---|"]
    for label in sorted(dev_counts | test_counts):
        lines.append(f"| {label} | {dev_counts[label]} | {test_counts[label]} |")
    lines.append(f"| all | {len(dev)} | {len(test)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("zip", nargs="?", type=Path, default=default_zip())
    parser.add_argument("--out", type=Path, default=REPO / "data" / "synthetic_stories")
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--test-share", type=float, default=0.4)
    args = parser.parse_args(argv)
    if not args.zip.is_file():
        print(f"missing source: {args.zip}", file=sys.stderr)
        return 1
    stories = [story(n, row) for n, row in enumerate(read_rows(args.zip), start=1)]
    dev, test = split(stories, args.test_share, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "dev.jsonl", dev)
    write_jsonl(args.out / "test.jsonl", test)
    print(f"{len(stories)} stories: dev.jsonl {len(dev)}, test.jsonl {len(test)}")
    print(label_table(dev, test))
    return 0


if __name__ == "__main__":
    sys.exit(main())
