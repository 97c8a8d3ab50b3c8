import json, random
SEED=20261205
rng=random.Random(SEED)
mt=[json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
with open('/tmp/j8/mt.jsonl','w') as f:
    for d in mt:
        f.write(json.dumps({"id":"mt-"+d["doc_id"],"title":d.get("title"),"text":d["text"],"date":d["dct"]})+"\n")
st=[json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
idx=sorted(rng.sample(range(len(st)),150))
with open('/tmp/j8/st.jsonl','w') as f:
    for i in idx:
        d=st[i]; f.write(json.dumps({"id":d["id"],"text":d["text"]})+"\n")
print(len(mt), len(idx))
