import json, random
SEED=20261202
rng=random.Random(SEED)
mt=[json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
with open('/tmp/j4q/meantime_in.jsonl','w') as f:
    for d in mt:
        f.write(json.dumps({"id":"mt-"+d["doc_id"],"title":None,"text":d["text"],"date":d["dct"]})+"\n")
st=[json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
sample=rng.sample(st,300)
with open('/tmp/j4q/stories_in.jsonl','w') as f:
    for d in sample:
        f.write(json.dumps({"id":d["id"],"text":d["text"]})+"\n")
print(len(mt),len(sample))
