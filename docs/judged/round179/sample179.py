"""Round 179 sampler: the second blind round on the sixty-sixth held-out news set (data/heldout_news66/,
ids h66-...), on the default output (events below confidence 0.3 withheld), the same output as round 177, drawing only
from sentences and lead paragraphs round 177 did not show. One seed draws 4 x 45 events (180 of the 187 left)
and 4 x 6 leads; judge a takes the first quarter of each draw, b the second, and so on. All 100 stories are kept
(data/heldout_news66/README.md).

usage (from docs/judged/round179): python sample179.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h66-", "heldout_news66"
sample45.N_EVENTS, sample45.N_PARAGRAPHS = 45, 6  # 187 events were left, fewer than 200

if __name__ == "__main__":
    sample45.main()
