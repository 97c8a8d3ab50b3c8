"""Paired sampler, waves 62-63 (integ63 against main 8a01a34): wave 25's (pairs23's with the exposures as they stood at the draw) with its
own seed; every judged item up to pairs61 and round 39 counts as shown, pairs62 and round 40 (drawn later) do not.
usage: sample_pairs62.py BEFORE.jsonl AFTER.jsonl ITEMS_OUT.jsonl KEY_OUT.json N [RULE_WORD ...]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "pairs25" / "tools"))
import sample_pairs25 as p25  # noqa: E402

if __name__ == "__main__":
    p25.LATER = ("pairs62", "round40")
    p25.p23.p22.SEED = 20261404
    p25.p23.p22.JUDGED = Path(__file__).resolve().parents[2]  # this checkout's judgings
    p25.p23.p22.exposures = p25.exposures
    p25.p23.p22.main()
