import json, random, sys
import dateline
SEED = 20261207
rng = random.Random(SEED)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/dev.jsonl')]
st_s = rng.sample(st, 60)
out = {}
mt_items = [{"id": d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]} for d in mt]
out['mt'] = [r.to_dict() for r in dateline.extract_many(mt_items)]
st_items = [{"id": d["id"], "title": d["title"], "text": d["text"]} for d in st_s]
out['st'] = [r.to_dict() for r in dateline.extract_many(st_items, date="2023-06-15")]
json.dump(out, open(sys.argv[1], 'w'), default=str)
print({k: len(v) for k, v in out.items()})
