"""Round 19 sampler: round 18's (60 events of the NGEC test stories in sentences never shown to rule
writers, 12 first paragraphs never shown), with its own seed per judge, and the exposures as they stood
when round 19 was drawn: every judged item of rounds 3-18 and pairs up to pairs24 (round 19 itself and
the paired judging of wave 25, drawn at the same time, are left out so that a re-run gives the same items).

usage (from docs/judged/round19): python sample19.py SEED RECORDS.jsonl EVENTS_OUT.jsonl PARAGRAPHS_OUT.jsonl
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round18"))
import sample18  # noqa: E402

#: Judgings made at or after this draw: not exposures of it.
LATER = ("round19", "pairs25")


def exposures():
    """sample18's exposures without the judgings drawn with or after round 19."""
    shown = {}
    files = sorted(sample18.JUDGED.glob("round*/*.jsonl")) + sorted(sample18.JUDGED.glob("pairs*/items*.jsonl"))
    for f in files:
        if f.parent.name in LATER or f.parent.parent.name in LATER:
            continue
        for line in open(f):
            item = json.loads(line)
            if item.get("doc"):
                shown.setdefault(item["doc"], []).extend(
                    sample18.norm(item[k]) for k in ("sentence", "context_before", "paragraph") if item.get(k))
    return shown


if __name__ == "__main__":
    sample18.SEED = int(sys.argv.pop(1))
    sample18.exposures = exposures
    sample18.main()
