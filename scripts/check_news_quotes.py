"""Check the news attribution set (issue 13) and count its attributions per part.

    python scripts/check_news_quotes.py                  # tests/data/news_quotes/{dev,test}.yaml
    python scripts/check_news_quotes.py tests/data/news_quotes.yaml
    DATELINE_SHARED=../shared python scripts/check_news_quotes.py --verbatim

Checks that every speaker, cue, content, part and resolves_to is a substring of the case's text,
that parts run from the start to the end of their content, and that kind and cue_class take their
allowed values. With --verbatim it also checks, against ../shared (never read at run time), that
each text is copied verbatim from the document or story named by its origin. Exits 1 on a problem.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "news_quotes"
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
STORIES = "data/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip"
KINDS = {"direct", "indirect", "mixed"}
CLASSES = {"speech", "thought", "intention", "document", "perception"}
SPANS = ("speaker", "cue", "content", "resolves_to")


def quote_problems(case_id: str, text: str, quote: dict[str, Any]) -> list[str]:
    found = [f"{case_id}: {f} not in text: {quote[f]!r}" for f in SPANS
             if quote.get(f) is not None and quote[f] not in text]
    parts = quote.get("parts") or []
    content = quote["content"]
    if parts and not (content.startswith(parts[0]) and content.endswith(parts[-1])):
        found.append(f"{case_id}: parts do not span the content")
    found += [f"{case_id}: part not in content: {p!r}" for p in parts if p not in content]
    if quote["kind"] not in KINDS or quote["cue_class"] not in CLASSES:
        found.append(f"{case_id}: kind or cue_class out of range")
    return found


def case_problems(cases: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for case_id, count in Counter(str(c["id"]) for c in cases).items():
        if count > 1:
            found.append(f"{case_id}: id used {count} times")
    for case in cases:
        for quote in case["quotes"]:
            found += quote_problems(str(case["id"]), case["text"], quote)
    return found


def sources() -> dict[str, str]:
    texts: dict[str, str] = {}
    with (SHARED / "eval/meantime/docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            texts[f"meantime:{doc['doc_id']}"] = doc["text"]
    with zipfile.ZipFile(SHARED / STORIES) as archive:
        rows = csv.DictReader(io.TextIOWrapper(archive.open(archive.namelist()[0]), "utf-8"))
        texts.update({f"ngec:{i}": row["text"] for i, row in enumerate(rows)})
    return texts


def verbatim_problems(cases: list[dict[str, Any]]) -> list[str]:
    texts = sources()
    return [f"{c['id']}: text not found in {c['origin']}" for c in cases
            if c["text"] not in texts.get(str(c["origin"]), "")]


def summary(name: str, cases: list[dict[str, Any]]) -> str:
    quotes = [q for c in cases for q in c["quotes"]]
    origins = Counter(str(c["origin"]).split(":")[0] for c in cases)
    kinds = Counter(q["kind"] for q in quotes)
    classes = Counter(q["cue_class"] for q in quotes)
    negatives = sum(1 for c in cases if not c["quotes"])
    return (f"{name}: {len(cases)} cases ({dict(origins)}), {negatives} negative, "
            f"{len(quotes)} attributions; kind {dict(kinds)}; cue_class {dict(classes)}; "
            f"parts {sum(1 for q in quotes if q.get('parts'))}, "
            f"no speaker {sum(1 for q in quotes if q['speaker'] is None)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--verbatim", action="store_true", help="check texts against ../shared")
    args = parser.parse_args()
    paths = args.paths or [FOLDER / "dev.yaml", FOLDER / "test.yaml"]
    problems: list[str] = []
    everything: list[dict[str, Any]] = []
    for path in paths:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        everything += cases
        problems += case_problems(cases)
        print(summary(path.name, cases))
    if len(paths) > 1:
        problems += case_problems(everything)
        print(summary("all", everything))
    if args.verbatim:
        problems += verbatim_problems(everything)
    print("\n".join(problems) or "no problems found")
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
