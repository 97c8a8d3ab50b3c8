"""Round 48 sampler: the second blind round on the third held-out news set (data/heldout_news3/, ids
h3-...), on the session's final code (waves 76-78). Like rounds 45-46 it draws only from sentences and
lead paragraphs no earlier round showed (here: round 47); one seed draws 4 x 60 events and 4 x 6 leads;
judge a takes the first quarter of each draw, b the second, and so on.

usage (from docs/judged/round48): python sample48.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h3-", "heldout_news3"

if __name__ == "__main__":
    sample45.main()
