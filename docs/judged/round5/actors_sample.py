"""Reproduce the round-5 actor judging sample (seed 20261203); run from the worktree root.

Writes /tmp/j6a/{mt,st}.jsonl; then run
  dateline extract /tmp/j6a/mt.jsonl > /tmp/j6a/mt.out.jsonl
  dateline extract /tmp/j6a/st.jsonl --date 2023-06-15 > /tmp/j6a/st.out.jsonl
and the sampling below with --sample.
"""
import json
import random
import sys


def inputs() -> None:
    rng = random.Random(20261203)
    mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
    st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
    mts, sts = rng.sample(mt, 30), rng.sample(st, 40)
    with open("/tmp/j6a/mt.jsonl", "w") as f:
        for d in mts:
            f.write(json.dumps({"id": d["doc_id"], "text": d["text"], "title": d["title"], "date": d["dct"]}) + "\n")
    with open("/tmp/j6a/st.jsonl", "w") as f:
        for d in sts:
            f.write(json.dumps({"id": "st%d" % st.index(d), "text": d["text"]}) + "\n")


def sample() -> None:
    rng = random.Random(20261203)  # 40 actors from each corpus
    for fn in ("/tmp/j6a/mt.out.jsonl", "/tmp/j6a/st.out.jsonl"):
        pool = [(r, a) for r in map(json.loads, open(fn)) for a in r["actors"]]
        for r, a in rng.sample(pool, 40):
            print(r["source"]["id"], a["id"], a["name"])
    rng = random.Random(20261203 + 1)  # 20 paragraphs (>= 80 chars) from each corpus
    for fn in ("/tmp/j6a/mt.out.jsonl", "/tmp/j6a/st.out.jsonl"):
        pool = []
        for r in map(json.loads, open(fn)):
            pos = 0
            for p in r["text"].split("\n"):
                if len(p) >= 80:
                    pool.append((r["source"]["id"], pos, pos + len(p)))
                pos += len(p) + 1
        for item in rng.sample(pool, 20):
            print(*item)


if __name__ == "__main__":
    sample() if "--sample" in sys.argv else inputs()
