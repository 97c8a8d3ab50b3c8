import json, random, sys
import dateline
SEED = 20261206
rng = random.Random(SEED)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
st_sample = rng.sample(st, 150)
out = open('/tmp/j8b/records.jsonl', 'w')
items = [{"id": "mt:" + d["doc_id"], "title": d.get("title"), "text": d["text"], "date": d["dct"]} for d in mt]
for r in dateline.extract_many(items):
    out.write(json.dumps({"corpus": "meantime", "rec": r.to_dict() if hasattr(r, "to_dict") else r.__dict__}, default=str) + "\n")
items = [{"id": d["id"], "text": d["text"]} for d in st_sample]
for r, d in zip(dateline.extract_many(items, date="2023-06-15"), st_sample):
    out.write(json.dumps({"corpus": "stories", "label": d["label"], "mode": d.get("mode"), "rec": r.to_dict() if hasattr(r, "to_dict") else r.__dict__}, default=str) + "\n")
