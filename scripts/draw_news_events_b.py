"""Draw the cases of ``tests/data/news_events_b/`` (issue 11): a fresh, blind-coded event set.

    python scripts/draw_news_events_b.py [--shared DIR] [--write]

Deterministic. Draws ~110 cases from the NGEC synthetic stories and ~50 from the MEANTIME
articles with ``random.Random(71131)``, then splits them once with ``random.Random(71132)`` into
``dev.yaml`` (40%) and ``test.yaml`` (60%), stratified by origin. Prints what it drew. With
``--write`` it (re)writes the two files, keeping the ``events`` already coded for a case id.

Excluded from the draw: every NGEC row and MEANTIME sentence used by ``tests/data/news_events/``
and ``tests/data/event_cases/``, and the NGEC stories of ``data/synthetic_stories/dev.jsonl``
(read by rule writers). ``--shared`` defaults to ``$DATELINE_SHARED``, else ``../shared``.

NGEC: rows (0-based, file order) are shuffled; for each, the story's first paragraph (where the
labelled event should be, as the issue says) is cut into sentences, one usable sentence (six words
or more, ending with a full stop: the stories are often cut off) is drawn at random, and with
probability 0.35 the next sentence is added. MEANTIME: every usable body sentence (line >= 2: not
the headline or the dateline) of the 120 articles is a candidate; candidates are shuffled and
taken while they do not overlap or touch a case already drawn from the same article; with
probability 0.35 the next line joins.
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
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "data" / "news_events_b"
NGEC_ZIP = "data/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip"
MEANTIME = "eval/meantime/docs.jsonl"
NGEC_CASES, MEANTIME_CASES = 110, 50
DRAW_SEED, SPLIT_SEED, DEV_SHARE, PAIR_SHARE = 71131, 71132, 0.4, 0.35
NGEC_DATE = "2023-06-15"  # the synthetic stories carry no date (as in tests/data/news_events)
MIN_WORDS = 6
FINISHED = re.compile(r"[.!?][\"”’)]*$")  # the stories are often cut off mid-sentence

ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|Rev|Prof|St|Jr|Sr|No|Inc|Co|Corp|"
    r"Ltd|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|Adm|Brig|Cmdr|Pres)|\b[A-Z]|"
    r"\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
BOUNDARY = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“‘(]?[A-Z0-9])")


def shared_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    env = os.environ.get("DATELINE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def sentences(paragraph: str) -> list[str]:
    """Cut a paragraph at sentence ends, never after a title, an initial or U.S.-like dots."""
    pieces: list[str] = []
    start = 0
    for match in BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group(1))
        if ABBREVIATION.search(paragraph[start:end]) and not match.group(1):
            continue
        pieces.append(paragraph[start:end].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]


def usable(sentence: str) -> bool:
    """A sentence a coder can read: enough words, not the source's disclaimer, not a byline."""
    words = sentence.split()
    return (len(words) >= MIN_WORDS and "SYNTHETIC STORY" not in sentence.upper()
            and not sentence.isupper() and "\n" not in sentence
            and bool(FINISHED.search(sentence)))


def excluded() -> tuple[set[int], list[str]]:
    """NGEC rows and MEANTIME case texts already used; NGEC dev stories are rows too."""
    rows: set[int] = set()
    texts: list[str] = []
    for path in sorted((REPO / "tests" / "data").glob("news_events/*.yaml")) + sorted(
            (REPO / "tests" / "data").glob("event_cases/*.yaml")):
        for case in yaml.safe_load(path.read_text("utf-8")) or []:
            origin = str(case.get("origin", ""))
            if origin.startswith("ngec:"):
                rows.add(int(origin.split(":")[1]))
            elif origin.startswith("meantime:"):
                texts.append(" ".join(str(case["text"]).split()))
    dev = REPO / "data" / "synthetic_stories" / "dev.jsonl"
    for line in dev.read_text("utf-8").splitlines():
        if line.strip():
            rows.add(int(json.loads(line)["id"].split("-")[1]) - 1)  # ngec-0001 is row 0
    return rows, texts


def first_paragraph(text: str) -> str:
    """The story's first paragraph that is not the source's disclaimer."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return next((p for p in paragraphs if "SYNTHETIC STORY" not in p.upper()), "")


def ngec_rows(shared: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(shared / NGEC_ZIP) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        text = archive.read(name).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def take(rng: random.Random, units: list[str]) -> str:
    """The drawn sentence ``units[0]``, and with probability PAIR_SHARE the next one too."""
    if rng.random() < PAIR_SHARE and len(units) > 1:
        return units[0] + " " + units[1]
    return units[0]


def draw_ngec(rng: random.Random, rows: list[dict[str, str]],
              skip: set[int]) -> list[dict[str, Any]]:
    order = [i for i in range(len(rows)) if i not in skip]
    rng.shuffle(order)
    cases: list[dict[str, Any]] = []
    for row in order:
        units = sentences(first_paragraph(rows[row]["text"]))
        spots = [i for i, s in enumerate(units) if usable(s)]
        if not spots:
            continue
        i = spots[rng.randrange(len(spots))]
        pair = units[i:i + 2] if i + 1 < len(units) and usable(units[i + 1]) else units[i:i + 1]
        text = take(rng, pair)
        cases.append({"id": f"ngec-{row}", "origin": f"ngec:{row}", "text": text,
                      "document_date": NGEC_DATE, "events": []})
        if len(cases) == NGEC_CASES:
            break
    return cases


def draw_meantime(rng: random.Random, docs: list[dict[str, Any]],
                  used: list[str]) -> list[dict[str, Any]]:
    lines = {str(d["doc_id"]): str(d["text"]).split("\n") for d in docs}
    dates = {str(d["doc_id"]): str(d["dct"]) for d in docs}
    candidates = [(doc, n) for doc in sorted(lines, key=int) for n in range(2, len(lines[doc]))
                  if usable(lines[doc][n]) and not any(
                      " ".join(lines[doc][n].split()) in text for text in used)]
    rng.shuffle(candidates)
    taken: dict[str, set[int]] = {}
    cases: list[dict[str, Any]] = []
    for doc, n in candidates:
        near = taken.setdefault(doc, set())
        if near & {n - 1, n, n + 1}:
            continue
        following = lines[doc][n + 1:n + 2]
        pair = [lines[doc][n]] + [s for s in following if usable(s) and n + 2 not in near]
        text = take(rng, pair)
        near.update({n, n + 1} if text != lines[doc][n] else {n})
        cases.append({"id": f"meantime-{doc}-{n}", "origin": f"meantime:{doc}", "text": text,
                      "document_date": dates[doc], "events": []})
        if len(cases) == MEANTIME_CASES:
            break
    return cases


def split(cases: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per origin (ngec, meantime), a seeded shuffle of the drawn order; the first 40% is dev."""
    rng = random.Random(SPLIT_SEED)
    dev_ids: set[str] = set()
    for kind in ("ngec", "meantime"):
        ids = [c["id"] for c in cases if c["origin"].startswith(kind + ":")]
        rng.shuffle(ids)
        dev_ids.update(ids[: round(len(ids) * DEV_SHARE)])
    return [c for c in cases if c["id"] in dev_ids], [c for c in cases if c["id"] not in dev_ids]


def coded_events(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return {c["id"]: c["events"] for c in yaml.safe_load(path.read_text("utf-8")) or []}


def write(path: Path, cases: list[dict[str, Any]]) -> None:
    old = path.read_text("utf-8").splitlines(keepends=True) if path.exists() else []
    header = "".join(line for line in old[:next(
        (i for i, x in enumerate(old) if not x.startswith("#")), len(old))])
    kept = coded_events(path)
    for case in cases:
        case["events"] = kept.get(case["id"], case["events"])
    body = yaml.safe_dump(cases, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default $DATELINE_SHARED)")
    parser.add_argument("--write", action="store_true", help="(re)write dev.yaml and test.yaml")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    rows, used = excluded()
    rng = random.Random(DRAW_SEED)
    cases = draw_ngec(rng, ngec_rows(shared), rows)
    docs = [json.loads(x) for x in (shared / MEANTIME).read_text("utf-8").splitlines() if x]
    cases += draw_meantime(rng, docs, used)
    dev, test = split(cases)
    for case in cases:
        part = "dev" if case in dev else "test"
        print(f"{part:4} {case['id']:22} {len(sentences(case['text']))} {case['text'][:60]!r}")
    counts = Counter((c["origin"].split(":")[0], "dev" if c in dev else "test") for c in cases)
    print(f"drew {len(cases)} cases; excluded {len(rows)} ngec rows and {len(used)} meantime "
          f"case texts; dev {len(dev)}, test {len(test)}; " +
          ", ".join(f"{k[0]} {k[1]} {n}" for k, n in sorted(counts.items())))
    if args.write:
        OUT.mkdir(parents=True, exist_ok=True)
        write(OUT / "dev.yaml", dev)
        write(OUT / "test.yaml", test)


if __name__ == "__main__":
    main()
