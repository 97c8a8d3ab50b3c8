"""Run dateline on all 120 MEANTIME articles and a seeded sample of 300 NGEC stories.

Usage: PYTHONPATH=/work/wt/j12-actors/src /work/main/.venv/bin/python run.py OUTDIR
Writes OUTDIR/meantime.jsonl and OUTDIR/stories.jsonl (one record per line, with the input id).
"""
import json
import random
import sys
from pathlib import Path

import dateline

SEED = 20261218
REPO = Path(__file__).resolve().parents[4]
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

docs = [json.loads(l) for l in open("/work/shared/eval/meantime/docs.jsonl")]
with open(out / "meantime.jsonl", "w") as f:
    for d in docs:
        rec = dateline.extract(d["text"], published=d["dct"], id=d["doc_id"])
        f.write(json.dumps({"doc": d["doc_id"], "record": rec.to_dict()}) + "\n")
print("meantime", len(docs))

stories = [json.loads(l) for l in open(REPO / "data/synthetic_stories/test.jsonl")]
picked = random.Random(SEED).sample(stories, 300)
with open(out / "stories.jsonl", "w") as f:
    for s in picked:
        rec = dateline.extract(s["text"], date="2023-06-15", id=s["id"])
        f.write(json.dumps({"doc": s["id"], "label": s["label"], "record": rec.to_dict()}) + "\n")
print("stories", len(picked))
