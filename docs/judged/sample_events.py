"""Reproduce the sample judged in events.jsonl / events_recall.jsonl (not part of dateline).

Run from the repo root with /work/shared present:
  python3 docs/judged/sample_events.py inputs   # writes /tmp/je/mt.jsonl, /tmp/je/st.jsonl
  .venv/bin/dateline extract /tmp/je/mt.jsonl --format jsonl > /tmp/je/mt.out.jsonl
  .venv/bin/dateline extract /tmp/je/st.jsonl --date 2023-06-15 --format jsonl > /tmp/je/st.out.jsonl
  python3 docs/judged/sample_events.py sample   # prints the 80 events and the 30 recall paragraphs
"""
import json
import random
import sys

SEED = 20261130
D = "/tmp/je"


def inputs() -> None:
    rng = random.Random(SEED)
    mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
    st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
    with open(f"{D}/mt.jsonl", "w") as f:
        for d in rng.sample(mt, 30):
            f.write(json.dumps({"id": "mt-" + d["doc_id"], "text": d["text"], "title": d["title"], "date": d["dct"]}) + "\n")
    with open(f"{D}/st.jsonl", "w") as f:
        for d in rng.sample(st, 60):
            f.write(json.dumps({"id": d["id"], "text": d["text"], "title": d["title"]}) + "\n")


def sample() -> None:
    rng = random.Random(SEED)
    for name in ["mt", "st"]:
        recs = [json.loads(line) for line in open(f"{D}/{name}.out.jsonl")]
        evs = [(r, e) for r in recs for e in r["events"]]
        for r, e in rng.sample(evs, 40):
            print(r["source"]["id"], e["id"], e["type"], e["trigger"]["text"], "|", e["sentence"]["text"].strip())
    rng2 = random.Random(SEED + 1)
    recs = [json.loads(line) for line in open(f"{D}/st.out.jsonl")]
    for r in rng2.sample(recs, 30):
        end = r["text"].find("\n")
        end = len(r["text"]) if end < 0 else end
        print("##", r["source"]["id"], r["text"][:end])
        for e in r["events"]:
            if e["trigger"]["start"] < end:
                print("   ->", e["id"], e["type"], e["trigger"]["text"])


if __name__ == "__main__":
    {"inputs": inputs, "sample": sample}[sys.argv[1]]()
