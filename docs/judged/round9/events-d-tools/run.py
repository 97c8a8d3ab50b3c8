"""Run dateline on MEANTIME (all 120) and a seeded sample of NGEC stories; dump records.

Usage: PYTHONPATH=src /work/main/.venv/bin/python docs/judged/round9/events-d-tools/run.py OUTDIR
"""
import json
import random
import sys
from pathlib import Path

import dateline

SEED = 20261213
N_STORIES = 300
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
arts = [{"text": d["text"], "published": d["dct"], "id": d["doc_id"]} for d in mt]
with open(out / "meantime.jsonl", "w") as f:
    for d, rec in zip(mt, dateline.extract_many(arts)):
        f.write(json.dumps({"doc": d["doc_id"], "rec": rec.to_dict()}) + "\n")

st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
pick = sorted(random.Random(SEED).sample(range(len(st)), N_STORIES))
arts = [{"text": st[i]["text"], "id": st[i]["id"]} for i in pick]
with open(out / "stories.jsonl", "w") as f:
    for i, rec in zip(pick, dateline.extract_many(arts, date="2023-06-15")):
        f.write(json.dumps({"doc": st[i]["id"], "label": st[i]["label"], "rec": rec.to_dict()}) + "\n")
print("done")
