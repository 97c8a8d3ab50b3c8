"""sample40.py with the event sample capped at the pool size.

At round 40 the pool of events in never-shown test-story sentences holds only 28 events, so
sample40.py's rng.sample(pool, 60) fails. This wrapper runs sample40 unchanged except that
random.Random.sample takes min(k, len(population)): the 28 pool events in seed order, then the
12 paragraphs from the same rng (paragraph draw as in sample40 after a 28-event draw).

usage (from docs/judged/round40): python events-b-tools/sample40_capped.py SEED RECORDS EVENTS_OUT PARAGRAPHS_OUT
"""
import random
import runpy
import sys
from pathlib import Path


class Capped(random.Random):
    def sample(self, population, k, **kw):
        return super().sample(population, min(k, len(population)), **kw)


here = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(here.parents[0] / "round18"))
import sample18  # noqa: E402

sample18.random = type("R", (), {"Random": Capped})
sys.argv = [str(here / "sample40.py")] + sys.argv[1:]
runpy.run_path(str(here / "sample40.py"), run_name="__main__")
