"""Round 49 sampler: the third and last blind round on the third held-out news set
(data/heldout_news3/, ids h3-...), on the code of the previous session's end (waves 53-78). Like
round 46 on the second set, it draws only from sentences and lead paragraphs no earlier round showed
(here: rounds 47-48). 177 events and 15 leads are left, so one seed draws all of them, 3 x 59 events
and 3 x 5 leads; judge a takes the first third of each draw, b the second, c the third.

usage (from docs/judged/round49): python sample49.py SEED RECORDS.jsonl
writes events-{a,b,c}-items.jsonl and paragraphs-{a,b,c}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h3-", "heldout_news3"
sample45.JUDGES, sample45.N_EVENTS, sample45.N_PARAGRAPHS = "abc", 59, 5

if __name__ == "__main__":
    sample45.main()
