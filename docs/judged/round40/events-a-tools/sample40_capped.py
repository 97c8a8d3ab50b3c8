"""Round 40 judge a: sample40.py with the event draw capped at the pool size.

sample40.py 20261397 failed on main64's records: only 28 events remain in sentences never shown to rule
writers, fewer than the 60 it draws (ValueError from random.sample). This wrapper runs the same sampler
(same seed, same exposures, same item view) with rng.sample(pop, k) taking min(k, len(pop)), so the event
draw is the whole held-out pool (28 events, in seeded order) and the 12 paragraphs are drawn as usual.

usage (from docs/judged/round40): python events-a-tools/sample40_capped.py SEED RECORDS EVENTS_OUT PARAGRAPHS_OUT
"""
import random
import sys
import types
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parent / "round19"))
import sample19  # noqa: E402


class Capped(random.Random):
    def sample(self, population, k, **kw):
        return super().sample(population, min(k, len(population)), **kw)


if __name__ == "__main__":
    sample19.LATER = ("round40", "pairs65")
    sample19.sample18.SEED = int(sys.argv.pop(1))
    sample19.sample18.JUDGED = HERE.parent
    sample19.sample18.exposures = sample19.exposures
    sample19.sample18.random = types.SimpleNamespace(Random=Capped)
    sample19.sample18.main()
