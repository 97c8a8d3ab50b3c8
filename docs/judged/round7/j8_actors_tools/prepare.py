"""Prepare inputs for the round-7 actors judgement (seed 20261205)."""
import json
import random

SEED = 20261205
rng = random.Random(SEED)
mt = [json.loads(l) for l in open("/work/shared/eval/meantime/docs.jsonl")]
with open("/tmp/j8actors/mt.jsonl", "w") as f:
    for d in mt:
        f.write(json.dumps({"id": "mt-" + d["doc_id"], "text": d["text"], "title": d["title"], "date": d["dct"]}) + "\n")
st = [json.loads(l) for l in open("data/synthetic_stories/test.jsonl")]
pick = rng.sample(range(len(st)), 200)
with open("/tmp/j8actors/st.jsonl", "w") as f:
    for i in sorted(pick):
        d = st[i]
        f.write(json.dumps({"id": d["id"], "text": d["text"], "title": d["title"]}) + "\n")
