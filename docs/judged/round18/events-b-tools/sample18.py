"""Judge b's draw: the round-18 sampler (../sample18.py) with seed 20261304.

usage (from docs/judged/round18): sample18.py RECORDS.jsonl EVENTS_OUT.jsonl PARAGRAPHS_OUT.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sample18  # noqa: E402

if __name__ == "__main__":
    sample18.SEED = 20261304
    sample18.main()
