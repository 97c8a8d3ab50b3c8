"""Round-6 actor judging (j7-actors): sample docs, extract, sample 80 actors and 40 paragraphs.

Seed 20261204. Run from the worktree: DATELINE_SHARED=/work/shared .venv/bin/python this.py OUT
"""
import json
import random
import sys

import dateline

SEED = 20261204
rng = random.Random(SEED)
mt = [json.loads(l) for l in open("/work/shared/eval/meantime/docs.jsonl")]
st = [json.loads(l) for l in open("data/synthetic_stories/test.jsonl")]
mt_docs = rng.sample(mt, 15)
st_docs = rng.sample(st, 60)
arts = [{"text": d["text"], "published": d["dct"], "id": "mt-" + d["doc_id"]} for d in mt_docs]
recs = list(dateline.extract_many(arts))
srecs = list(dateline.extract_many([{"text": d["text"], "id": d["id"]} for d in st_docs],
                                   date="2023-06-15"))
out = {"mt": [], "st": []}
for corpus, rs in (("mt", recs), ("st", srecs)):
    for r in rs:
        out[corpus].append(r.to_dict())
json.dump(out, open(sys.argv[1], "w"))
