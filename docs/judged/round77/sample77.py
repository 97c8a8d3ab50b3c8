"""Round 77 sampler: the first blind round on the sixteenth held-out news set (data/heldout_news16/,
ids h16-...), on the default output (events below confidence 0.3 withheld). One seed draws 4 x 50 events
and 4 x 6 leads; judge a takes the first quarter of each draw, b the second, and so on. Three stories retell
an event of an earlier held-out story (data/heldout_news16/README.md) and are left out of the draw.

usage (from docs/judged/round77): python sample77.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round45"))
import sample45  # noqa: E402  (round 45's sampler, with this round's folder, set and judges)

#: Stories that retell an event an earlier held-out set told (data/heldout_news16/README.md).
EXCLUDED = frozenset({"h16-x57-01", "h16-x58-05", "h16-x58-20"})
_unshown = sample45.unshown


def unshown(records: str) -> tuple[list, list]:
    """Round 45's pool less the excluded stories."""
    pool, fresh = _unshown(records)
    return ([x for x in pool if x[0] not in EXCLUDED],
            [r for r in fresh if r["id"] not in EXCLUDED])


sample45.HERE = Path(__file__).resolve().parent
sample45.PREFIX, sample45.CORPUS = "h16-", "heldout_news16"
sample45.N_EVENTS, sample45.N_PARAGRAPHS = 50, 6
sample45.unshown = unshown

if __name__ == "__main__":
    sample45.main()
