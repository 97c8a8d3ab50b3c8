import json, random, subprocess
rng = random.Random(20261203)
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
samp = rng.sample(st, 30)
with open('/tmp/j6e/rec_in.jsonl','w') as f:
    for d in samp:
        f.write(json.dumps({"id": d["id"], "text": d["text"]})+"\n")
