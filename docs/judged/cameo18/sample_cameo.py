"""Sample events made by imported CAMEO patterns (rule events.cameo.*) in dev stories 400-1499,
stratified by CAMEO verb block: up to 6 per block, seeded.

usage: sample_cameo.py RECORDS.jsonl OUT.jsonl
"""
import collections
import json
import random
import re
import sys

SEED = 20261240
PER_BLOCK = 6
by_block = collections.defaultdict(list)
for line in open(sys.argv[1]):
    item = json.loads(line)
    rec = item["record"]
    if "error" in rec:
        continue
    text = rec["text"]
    actors = {a["id"]: a for a in rec["actors"]}

    def name(aid):
        a = actors[aid]
        return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'

    for ev in rec["events"]:
        head = ev["rule"].split("+")[0]
        if not head.startswith("events.cameo."):
            continue
        block = re.sub(r"-\d+\.v\d+$", "", head[len("events.cameo."):])
        s, t = ev["sentence"], ev["trigger"]
        by_block[block].append({
            "doc": item["id"], "event_id": ev["id"], "block": block,
            "sentence": text[s["start"]:s["end"]], "trigger": text[t["start"]:t["end"]],
            "type": ev["type"], "mode": ev.get("mode"), "cameo": ev.get("cameo"),
            "source": [name(a) for a in ev["source"]], "target": [name(a) for a in ev["target"]],
            "modality": ev["modality"], "rule": ev["rule"],
        })
rng = random.Random(SEED)
out = []
for block in sorted(by_block):
    found = by_block[block]
    picked = rng.sample(found, min(PER_BLOCK, len(found)))
    out.extend({**x, "block_events": len(found)} for x in picked)
with open(sys.argv[2], "w") as f:
    for i, x in enumerate(out, 1):
        f.write(json.dumps({"n": i, **x}) + "\n")
total = sum(len(v) for v in by_block.values())
print(f"{total} CAMEO events in {len(by_block)} blocks; sampled {len(out)}", file=sys.stderr)
