import json, random, sys
import dateline
SEED = 20261202
rng = random.Random(SEED)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
mt_s = rng.sample(mt, 30)
st_s = rng.sample(st, 90)
rec_s = rng.sample(st, 30)   # for recall on first paragraphs
def run(items, date=None):
    return list(dateline.extract_many(items, date=date))
out = {}
mt_items = [{"id": d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]} for d in mt]
out['mt'] = [r.to_dict() for r in run(mt_items)]
st_items = [{"id": d["id"], "title": d["title"], "text": d["text"]} for d in st_s]
out['st'] = [r.to_dict() for r in run(st_items, "2023-06-15")]
rc_items = [{"id": d["id"], "title": d["title"], "text": d["text"].split("\n\n")[0]} for d in rec_s]
out['rc'] = [r.to_dict() for r in run(rc_items, "2023-06-15")]
out['labels'] = {d["id"]: d["label"] for d in st}
json.dump(out, open('/tmp/j4ev/out.json','w'), default=str)
print({k: len(v) for k,v in out.items()})
