"""Paired sampler, wave 25: pairs23's (pairs22's sampler, judged paragraphs counted as shown) with its
own seed, and the exposures as they stood at the draw (round 19, drawn at the same time, left out).
usage: sample_pairs25.py BEFORE.jsonl AFTER.jsonl ITEMS_OUT.jsonl KEY_OUT.json N [RULE_WORD ...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "pairs23" / "tools"))
import sample_pairs23 as p23  # noqa: E402

LATER = ("round19", "pairs25")


def exposures():
    """pairs23's exposures without the judgings drawn with or after wave 25's."""
    shown: dict[str, list[str]] = {}
    files = sorted(p23.p22.JUDGED.glob("round*/*.jsonl")) + sorted(p23.p22.JUDGED.glob("pairs*/items*.jsonl"))
    for f in files:
        if f.parent.name in LATER:
            continue
        for line in open(f):
            item = json.loads(line)
            if item.get("doc"):
                shown.setdefault(item["doc"], []).extend(item[k] for k in p23.SHOWN_KEYS if item.get(k))
    return shown


if __name__ == "__main__":
    p23.p22.SEED = 20261309
    p23.p22.exposures = exposures
    p23.p22.main()
