"""Round 50 sampler: the first blind round on the fourth held-out news set (data/heldout_news4/, ids
h4-...), on the code of the session's end (waves 53-79). No earlier round showed this set, so the pool
is all its events; one seed draws 4 x 60 events and 4 x 6 leads; judge a takes the first quarter of
each draw, b the second, and so on.

usage (from docs/judged/round50): python sample50.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h4-", "heldout_news4"

if __name__ == "__main__":
    sample45.main()
