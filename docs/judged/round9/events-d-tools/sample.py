"""Draw the judged sample (seed 20261213) from the dumped records; print it for judging and write
/tmp/j11-events-d/sample.json.  Usage: python sample.py OUTDIR"""
import json
import random
import sys
from pathlib import Path

SEED = 20261213
out = Path(sys.argv[1])


def load(name):
    return [json.loads(line) for line in open(out / name)]


def actor(rec, aid):
    a = next(x for x in rec["actors"] if x["id"] == aid)
    return {"name": a["name"], "country": a["country"], "sector": a["sector"], "kind": a["kind"]}


def view(row, ev):
    rec = row["rec"]
    s = ev["sentence"]
    return {
        "corpus": row.get("corpus"), "doc": row["doc"], "event_id": ev["id"],
        "document_date": rec["document_date"],
        "context_before": rec["text"][max(0, s["start"] - 300):s["start"]],
        "sentence": s["text"],
        "predicted": {
            "type": ev["type"], "mode": ev["mode"], "cameo": ev["cameo"],
            "trigger": ev["trigger"]["text"],
            "source": [actor(rec, a) for a in ev["source"]],
            "target": [actor(rec, a) for a in ev["target"]],
            "date": {k: ev["date"].get(k) for k in ("value", "start", "basis")},
            "modality": ev["modality"],
            "reported_by": actor(rec, ev["reported_by"]) if ev["reported_by"] else None,
            "rule": ev["rule"],
        },
    }


rng = random.Random(SEED)
items = []
for name, corpus in (("meantime.jsonl", "meantime"), ("stories.jsonl", "stories")):
    rows = load(name)
    pool = [(r, e) for r in rows for e in r["rec"]["events"]]
    print(corpus, "articles", len(rows), "events", len(pool))
    for r, e in rng.sample(pool, 25):
        r["corpus"] = corpus
        items.append(view(r, e))
stories = load("stories.jsonl")
paras = []
for r in rng.sample(stories, 10):
    rec = r["rec"]
    end = rec["text"].find("\n")  # stories: one paragraph a line
    end = len(rec["text"]) if end < 0 else end
    evs = [e for e in rec["events"] if e["trigger"]["start"] < end]
    paras.append({"doc": r["doc"], "label": r["label"], "paragraph": rec["text"][:end],
                  "predicted": [{"id": e["id"], "type": e["type"], "trigger": e["trigger"]["text"],
                                 "source": [actor(rec, a)["name"] for a in e["source"]],
                                 "target": [actor(rec, a)["name"] for a in e["target"]],
                                 "modality": e["modality"]} for e in evs]})
json.dump({"events": items, "paragraphs": paras}, open("/tmp/j11-events-d/sample.json", "w"), indent=1)
