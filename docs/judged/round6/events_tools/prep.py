import json, random
rng = random.Random(20261204)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
with open('/tmp/j7ev/mt.jsonl','w') as f:
    for d in mt:
        f.write(json.dumps({"id": d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]})+"\n")
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
idx = sorted(rng.sample(range(len(st)), 200))
with open('/tmp/j7ev/st.jsonl','w') as f:
    for i in idx:
        d = st[i]
        f.write(json.dumps({"id": d["id"], "title": d.get("title"), "text": d["text"], "label": d["label"]})+"\n")
print(len(mt), len(idx))
