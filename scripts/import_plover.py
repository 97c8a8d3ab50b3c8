"""Write ``src/dateline/lexicon/plover.yaml``: the PLOVER event types and their modes, which
the lexicon validator checks event entries against.

Source: ``../shared/eval/plover/codebook.jsonl`` (the PLOVER structured codebook as distributed
with NGEC-2025, MIT; PLOVER itself CC BY-SA 4.0). Deterministic: types in codebook order, modes
sorted. Run: ``python scripts/import_plover.py [SHARED_DIR]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "dateline" / "lexicon" / "plover.yaml"
HEADER = """\
# PLOVER event types and their modes, as the lexicon validator knows them.
# Written by scripts/import_plover.py from the PLOVER structured codebook (codebook.jsonl as
# distributed with NGEC-2025, ahalterman/NGEC-2025, MIT licence; PLOVER itself is
# openeventdata/PLOVER, CC BY-SA 4.0). Do not edit by hand: re-run the script.
version: plover.v1
types:
"""


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    modes: dict[str, set[str]] = {}
    with (shared / "eval" / "plover" / "codebook.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            modes.setdefault(row["event"], set())
            if row["mode"]:
                modes[row["event"]].add(row["mode"])
    lines = [f"  {event}: [{', '.join(sorted(found))}]" for event, found in modes.items()]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
