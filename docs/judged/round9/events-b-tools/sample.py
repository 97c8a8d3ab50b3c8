"""Draw the 30+30 events and 15 story first paragraphs to judge (seed 20261210)."""
import json, random
OUT = "/tmp/j11-events-b"
rng = random.Random(20261210)
sample = []
for which in ("meantime", "stories"):
    evs = [json.loads(l) for l in open(f"{OUT}/{which}.events.jsonl")]
    for e in rng.sample(evs, 30):
        e["corpus"] = which
        sample.append(e)
with open(f"{OUT}/sample.jsonl", "w") as f:
    for i, e in enumerate(sample):
        f.write(json.dumps({"n": i + 1, **e}) + "\n")
recs = [json.loads(l) for l in open(f"{OUT}/stories.records.jsonl")]
with open(f"{OUT}/paras.jsonl", "w") as f:
    for r in rng.sample(recs, 15):
        text = r["text"]
        end = text.find("\n")
        end = len(text) if end < 0 else end
        evs = [{"type": e["type"], "trigger": e["trigger"]["text"], "src": e["source"], "tgt": e["target"]}
               for e in r["events"] if e["trigger"]["start"] < end]
        f.write(json.dumps({"para": text[:end], "events": evs,
                            "actors": {a["id"]: a["name"] for a in r["actors"]}}) + "\n")
