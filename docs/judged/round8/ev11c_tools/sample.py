"""Draw the ev11c spot-check sample (seed 71143) from spot.py's before/after outputs.

    PYTHONPATH=<main checkout>/src python spot.py before.json
    python spot.py after.json
    python sample.py before.json after.json
"""
import json
import random
import sys

base = json.load(open(sys.argv[1]))
new = json.load(open(sys.argv[2]))
rng = random.Random(71143)
mt = [e for e in base if e["corpus"] == "meantime"]
st = [e for e in base if e["corpus"] == "stories"]
sample = rng.sample(mt, 20) + rng.sample(st, 20)
after = {(e["doc"], e["trigger"][0]): e for e in new}
for n, e in enumerate(sample, 1):
    a = after.get((e["doc"], e["trigger"][0]))
    print(f"#{n} [{e['corpus']} {e['doc']}] {e['sentence'][:300]!r}")
    print(f"   BEFORE {e['type']}/{e['mode']} '{e['trigger'][1]}' src={e['source']} "
          f"tgt={e['target']} date={e['date']} {e['modality']} m={e['mentions']}")
    keys = ("type", "date", "target", "mentions", "rule")
    if a is None:
        print("   AFTER  (folded or dropped)")
    elif any(a[k] != e[k] for k in keys):
        print(f"   AFTER  {a['type']} date={a['date']} tgt={a['target']} m={a['mentions']}")
    else:
        print("   AFTER  same")
