"""Round 54 sampler: the third and last blind round on the fifth held-out news set (data/heldout_news5/, ids
h5-...), on the code of wave 86. Like round 51 on the fourth set, it draws only from
sentences and lead paragraphs no earlier round showed (here: rounds 52 and 53); the set has only about 150 such events and 16
such leads left, so one seed draws 4 x 35 events and 4 x 4 leads; judge a takes the first quarter of each draw, b the second, and so on.

usage (from docs/judged/round54): python sample54.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h5-", "heldout_news5"
sample45.N_EVENTS, sample45.N_PARAGRAPHS = 35, 4

if __name__ == "__main__":
    sample45.main()
