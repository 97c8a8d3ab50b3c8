"""Round 53 sampler: the second blind round on the fifth held-out news set (data/heldout_news5/, ids
h5-...), on the code of wave 84 (this session's end). Like round 51 on the fourth set, it draws only from
sentences and lead paragraphs no earlier round showed (here: round 52); one seed draws 4 x 60 events and
4 x 6 leads; judge a takes the first quarter of each draw, b the second, and so on.

usage (from docs/judged/round53): python sample53.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h5-", "heldout_news5"

if __name__ == "__main__":
    sample45.main()
