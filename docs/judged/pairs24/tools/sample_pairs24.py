"""Paired sampler, wave 24: pairs23's (pairs22's sampler, round 18 paragraphs counted as shown) with its
own seed. usage: sample_pairs24.py BEFORE.jsonl AFTER.jsonl ITEMS_OUT.jsonl KEY_OUT.json N [RULE_WORD ...]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "pairs23" / "tools"))
import sample_pairs23 as p23  # noqa: E402

if __name__ == "__main__":
    p23.p22.SEED = 20261306
    p23.p22.exposures = p23.exposures
    p23.p22.main()
