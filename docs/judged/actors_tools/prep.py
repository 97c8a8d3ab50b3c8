import json, random
SEED = 20261130
rng = random.Random(SEED)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
mts = rng.sample(mt, 30); sts = rng.sample(st, 80)
with open('/tmp/ja/mt.jsonl','w') as f:
    for d in mts: f.write(json.dumps({"id": "mt-"+d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]})+"\n")
with open('/tmp/ja/st.jsonl','w') as f:
    for d in sts: f.write(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"]})+"\n")
