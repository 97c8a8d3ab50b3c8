"""Draw the ev12c spot-check sample: 20 MEANTIME + 20 dev-story events (seed 71153) from the
events of the code before the change (run.py output). Usage: python sample.py BEFORE.jsonl OUT.jsonl"""
import json
import random
import sys

SEED = 71153
events = [json.loads(line) for line in open(sys.argv[1])]
rng = random.Random(SEED)
sample = rng.sample([e for e in events if e["origin"] == "meantime"], 20) + \
    rng.sample([e for e in events if e["origin"] == "stories"], 20)
with open(sys.argv[2], "w") as f:
    for n, e in enumerate(sample, 1):
        f.write(json.dumps({"n": n} | e) + "\n")
