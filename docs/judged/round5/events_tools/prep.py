import json, random
rng = random.Random(20261203)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
with open('/tmp/j6e/mt.jsonl','w') as f:
    for d in mt:
        f.write(json.dumps({"id": "mt-"+d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]})+"\n")
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
samp = rng.sample(st, 200)
with open('/tmp/j6e/st.jsonl','w') as f:
    for d in samp:
        f.write(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"], "label": d["label"]})+"\n")
