"""Run dateline on MEANTIME (published=dct) and NGEC stories (date 2023-06-15); dump records.

usage: run.py meantime|stories OUT.jsonl [N_STORIES]
Stories: a seeded (20261217) sample of N_STORIES ids (all when omitted).
"""
import json
import random
import sys

from dateline import extract_many
from dateline.ingest.readers import Article
from dateline.record import Source

SEED = 20261217
MEANTIME = "/work/shared/eval/meantime/docs.jsonl"
STORIES = "data/synthetic_stories/test.jsonl"


def rows(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    which, out = sys.argv[1], sys.argv[2]
    if which == "meantime":
        docs = rows(MEANTIME)
        arts = [Article(d["text"], Source(id=d["doc_id"], title=d["title"]), published=d["dct"]) for d in docs]
        kw = {}
    else:
        docs = rows(STORIES)
        if len(sys.argv) > 3:
            docs = random.Random(SEED).sample(docs, int(sys.argv[3]))
        arts = [Article(d["text"], Source(id=d["id"], title=d["title"])) for d in docs]
        kw = {"date": "2023-06-15"}
    with open(out, "w") as f:
        for d, rec in zip(docs, extract_many(arts, **kw)):
            f.write(json.dumps({"doc": d, "record": rec.to_dict()}) + "\n")


if __name__ == "__main__":
    main()
