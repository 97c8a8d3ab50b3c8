"""Prepare inputs for the round-3 quotes judgement (seed 20261201)."""
import json
import random

SEED = 20261201
rng = random.Random(SEED)
mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
with open("/tmp/j3q/meantime.jsonl", "w") as f:
    for d in mt:
        f.write(json.dumps({"id": "mt-" + d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]}) + "\n")
st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
pick = rng.sample(st, 80)
with open("/tmp/j3q/stories.jsonl", "w") as f:
    for d in pick:
        f.write(json.dumps({"id": d["id"], "title": d.get("title"), "text": d["text"]}) + "\n")
