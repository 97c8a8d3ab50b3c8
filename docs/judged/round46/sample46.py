"""Round 46 sampler: the third and last blind round on the second held-out news set
(data/heldout_news2/, ids h2-...), on the code of wave 75 and the offers convention (wave 76, lead).
Like round 45 it draws only from sentences and lead paragraphs no earlier round showed (here: rounds
44-45). About 230 events are left, so one seed draws 3 x 60 events and 3 x 8 leads; judge a takes the
first third of each draw, b the second, c the third.

usage (from docs/judged/round46): python sample46.py SEED RECORDS.jsonl
writes events-{a,b,c}-items.jsonl and paragraphs-{a,b,c}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

sample45.HERE = Path(__file__).resolve().parent
sample45.JUDGES, sample45.N_PARAGRAPHS = "abc", 8

if __name__ == "__main__":
    sample45.main()
