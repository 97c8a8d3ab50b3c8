"""Inputs for the quo4 fresh sample (seed 7331): 30 MEANTIME docs + 40 dev stories."""
import json, random
rng = random.Random(7331)
mt = [json.loads(l) for l in open("/work/shared/eval/meantime/docs.jsonl")]
st = [json.loads(l) for l in open("data/synthetic_stories/dev.jsonl")]
with open("/tmp/quo4/in.jsonl", "w") as f:
    for d in rng.sample(mt, 30):
        f.write(json.dumps({"id": "mt-" + d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]}) + "\n")
    for d in rng.sample(st, 40):
        f.write(json.dumps({"id": d["id"], "title": d.get("title"), "text": d["text"], "date": "2023-06-15"}) + "\n")
