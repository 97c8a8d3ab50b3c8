"""Regenerate the golden records of the sample corpus. Do it on purpose, then read the diff:

    python scripts/regen_golden.py && git diff --stat tests/golden
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from dateline import extract_many, read_inputs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "corpus"
GOLDEN = ROOT / "tests" / "golden" / "sample_corpus.jsonl"


def golden_lines() -> list[str]:
    lines = []
    for result in extract_many(read_inputs([str(CORPUS)])):
        data = result.to_dict()
        data["source"]["path"] = _relative(data["source"].get("path"))
        lines.append(json.dumps(data, ensure_ascii=False, sort_keys=True))
    return lines


def _relative(path: str | None) -> str | None:
    return str(Path(path).relative_to(ROOT)) if path else None


def main() -> None:
    # Golden records must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text("\n".join(golden_lines()) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
