"""Import PLOVER contexts by CAMEO code into ``src/dateline/lexicon/scales/plover_context.yaml``.

Source: ``../shared/eval/plover/cameo2plover.json`` (openeventdata/PLOVER CAMEO2PLOVER-2021,
PLOVER manual draft 0.8, CC BY-SA 4.0). Deterministic: run it again and the output is the same.
Run: ``python scripts/import_plover_context.py [SHARED_DIR]`` (default: $DATELINE_SHARED, else
../shared).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "lexicon" / "scales" / "plover_context.yaml"
HEADER = """\
# PLOVER context of CAMEO codes, read by dateline.scales for the PLOVER export's `context`.
# Imported by scripts/import_plover_context.py from CAMEO2PLOVER-2021 (openeventdata/PLOVER,
# PLOVER manual draft 0.8), licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/):
# this file is shared under the same licence. Codes without a context are left out; a code
# not listed falls back to its three-digit base, then to its root.
version: plover-context.v1
context:
"""


def main(shared: Path) -> None:
    data = json.loads((shared / "eval" / "plover" / "cameo2plover.json").read_text("utf-8"))
    entries = {**data.get("root_defaults", {}), **data["codes"]}
    lines = [HEADER]
    for code in sorted(entries):
        context = entries[code].get("context")
        if context:
            lines.append(f'  "{code}": {json.dumps(context)}\n')
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 1} codes)")


if __name__ == "__main__":
    default = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
