"""Round 43 sampler: round 41's (2 x 60 events, 2 x 12 lead paragraphs of the held-out news, one seed;
judge a the first half, judge b the second), drawing only from sentences and lead paragraphs that no
earlier judging showed (round 41's items and its paragraph files, which held whole stories).

usage (from docs/judged/round43): python sample43.py SEED RECORDS.jsonl
writes events-{a,b}-items.jsonl and paragraphs-{a,b}.jsonl here
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round41"))
import sample41  # noqa: E402

if __name__ == "__main__":
    sample41.HERE = Path(__file__).resolve().parent
    sample41.main()
