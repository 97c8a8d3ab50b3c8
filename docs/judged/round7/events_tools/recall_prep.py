import json, random
SEED=20261205
rng=random.Random(SEED+1)  # second stream: stories for the recall part
st=[json.loads(l) for l in open('/work/wt/j8-events/data/synthetic_stories/test.jsonl')]
idx=sorted(rng.sample(range(len(st)),30))
with open('/tmp/j8/rc.jsonl','w') as f:
    for i in idx:
        d=st[i]; f.write(json.dumps({"id":d["id"],"text":d["text"]})+"\n")
