"""Round 178 sampler: the first blind round on the sixty-seventh held-out news set (data/heldout_news67/,
ids h67-...), on the default output (events below confidence 0.3 withheld). One seed draws 4 x 50 events
and 4 x 6 leads; judge a takes the first quarter of each draw, b the second, and so on. All 100 stories are kept
(data/heldout_news67/README.md).

usage (from docs/judged/round178): python sample178.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h67-", "heldout_news67"
sample45.N_EVENTS, sample45.N_PARAGRAPHS = 50, 6

if __name__ == "__main__":
    sample45.main()
