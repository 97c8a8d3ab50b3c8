"""Paired sampler, wave 23: pairs22's sampler (events that differ between two outputs of the NGEC test
stories, in sentences no earlier judging ever showed), with round 18's judged paragraphs counted as
shown too, and its own seed.

usage: sample_pairs23.py BEFORE.jsonl AFTER.jsonl ITEMS_OUT.jsonl KEY_OUT.json N [RULE_WORD ...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "pairs22" / "tools"))
import sample_pairs22 as p22  # noqa: E402

SHOWN_KEYS = ("sentence", "context_before", "paragraph")


def exposures():
    """doc -> texts shown to rule writers (judged sentences, round paragraphs, pairs contexts)."""
    shown: dict[str, list[str]] = {}
    files = sorted(p22.JUDGED.glob("round*/*.jsonl")) + sorted(p22.JUDGED.glob("pairs*/items*.jsonl"))
    for f in files:
        for line in open(f):
            item = json.loads(line)
            if item.get("doc"):
                shown.setdefault(item["doc"], []).extend(item[k] for k in SHOWN_KEYS if item.get(k))
    return shown


if __name__ == "__main__":
    p22.SEED = 20261305
    p22.exposures = exposures
    p22.main()
