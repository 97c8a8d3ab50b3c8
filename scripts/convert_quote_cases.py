"""Bring tests/data/quote_cases/{dev,test}.yaml to the conventions of issue 13, mechanically.

    python scripts/convert_quote_cases.py

Run once (it is idempotent). Two conventions changed (see the header of news_quotes/dev.yaml):
- an interrupted or paragraph-continued direct quote (patterns direct-split, multi-paragraph) was
  one quote per segment with the same speaker and cue; it becomes one quote whose content runs
  from the first segment to the last, with the segments as ``parts``;
- a cue was the bare verb; it now carries its auxiliaries and an adverb between them ("has
  said", "had also reported").
The script reads no case by eye: it rewrites the annotations from the text alone.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "quote_cases"
SPLIT_PATTERNS = {"direct-split", "multi-paragraph"}
AUXILIARY = re.compile(r"\b((?:has|have|had|is|are|was|were|will|would|had been|has been|"
                       r"have been|will be)(?: (?:also|already|previously|repeatedly|\w+ly))? )$")


NOTE = ["# Converted by scripts/convert_quote_cases.py to the conventions of issue 13 (header of",
        "# news_quotes/dev.yaml), which replace the ones above where they differ: a split or",
        "# multi-paragraph quote is one quote with parts; a cue carries its auxiliaries."]


def merged(case: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for quote in case["quotes"]:
        last = out[-1] if out else None
        if (last is not None and case["pattern"] in SPLIT_PATTERNS and quote["kind"] == "direct"
                and last["kind"] == "direct"
                and (last["speaker"], last["cue"]) == (quote["speaker"], quote["cue"])):
            parts = last.get("parts") or [last["content"]]
            start = case["text"].find(parts[0])
            end = case["text"].find(quote["content"], start) + len(quote["content"])
            last["parts"] = [*parts, quote["content"]]
            last["content"] = case["text"][start:end]
        else:
            out.append(dict(quote))
    return out


def with_auxiliaries(case: dict[str, Any], quote: dict[str, Any]) -> dict[str, Any]:
    cue, text = quote.get("cue"), case["text"]
    if not cue or not cue[:1].islower():
        return quote
    where = text.find(cue)
    while where >= 0:
        match = AUXILIARY.search(text[max(0, where - 40) : where])
        if match:
            quote["cue"] = match.group(1) + cue
            return quote
        where = text.find(cue, where + 1)
    return quote


def main() -> None:
    for part in ("dev", "test"):
        path = FOLDER / f"{part}.yaml"
        text = path.read_text(encoding="utf-8")
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        if NOTE[0] not in header:
            header += "".join(line + "\n" for line in NOTE)
        cases = yaml.safe_load(text)
        for case in cases:
            case["quotes"] = [with_auxiliaries(case, q) for q in merged(case)]
        body = yaml.safe_dump(cases, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(header + body, encoding="utf-8")


if __name__ == "__main__":
    main()
