"""Round 76 sampler: the second blind round on the fifteenth held-out news set (data/heldout_news15/,
ids h15-...), on the default output (events below confidence 0.3 withheld), the same output as round 75, drawing only from sentences and lead paragraphs round 75 did not show. One seed draws 4 x 50 events
and 4 x 6 leads; judge a takes the first quarter of each draw, b the second, and so on. One story retells
an event of an earlier held-out story (data/heldout_news15/README.md) and is left out of the draw.

usage (from docs/judged/round76): python sample76.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

#: A story that retells an event an earlier held-out set told (data/heldout_news15/README.md).
EXCLUDED = frozenset({"h15-x54-11"})
_unshown = sample45.unshown


def unshown(records: str) -> tuple[list, list]:
    """Round 45's pool less the excluded story."""
    pool, fresh = _unshown(records)
    return ([x for x in pool if x[0] not in EXCLUDED],
            [r for r in fresh if r["id"] not in EXCLUDED])


sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h15-", "heldout_news15"
sample45.N_EVENTS, sample45.N_PARAGRAPHS = 50, 6
sample45.unshown = unshown

if __name__ == "__main__":
    sample45.main()
