"""Round-4 actor judging: build inputs for dateline (seed 20261202)."""
import json
import random
import sys

SEED = 20261202
rng = random.Random(SEED)
meantime = [json.loads(l) for l in open(sys.argv[1])]
stories = [json.loads(l) for l in open("data/synthetic_stories/test.jsonl")]
stories = rng.sample(stories, 120)
with open("/tmp/j4a_meantime.jsonl", "w") as f:
    for d in meantime:
        f.write(json.dumps({"id": "mt-" + d["doc_id"], "title": d["title"], "text": d["text"], "date": d["dct"]}) + "\n")
with open("/tmp/j4a_stories.jsonl", "w") as f:
    for d in stories:
        f.write(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"]}) + "\n")
