"""Run dateline on MEANTIME (dct as published date) and all NGEC test stories (date 2023-06-15).

Usage (from the worktree root):
  PYTHONPATH=src /work/main/.venv/bin/python docs/judged/round9/actors-tools/run.py OUTDIR
Writes OUTDIR/meantime.jsonl and OUTDIR/stories.jsonl: {"id", "corpus", "date", "text", "record"}.
"""
import json
import sys
from pathlib import Path

import dateline
from dateline.ingest.readers import Article
from dateline.record import Source

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)


def run(name, docs, ids, dates, date):
    arts = [Article(text=d["text"], source=Source(id=i), published=p) for d, i, p in zip(docs, ids, dates)]
    with open(out / f"{name}.jsonl", "w") as fh:
        for d, i, p, rec in zip(docs, ids, dates, dateline.extract_many(arts, date=date)):
            fh.write(json.dumps({"id": i, "corpus": name, "date": p or date, "text": d["text"],
                                 "record": rec.to_dict() if hasattr(rec, "to_dict") else repr(rec)}) + "\n")


mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
run("meantime", mt, [d["doc_id"] for d in mt], [d["dct"] for d in mt], None)
st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
run("stories", st, [d["id"] for d in st], [None] * len(st), "2023-06-15")
