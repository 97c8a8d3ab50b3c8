"""Run dateline on MEANTIME (all 120) and a seeded sample of NGEC stories; draw events to judge.

Usage: PYTHONPATH=src python docs/judged/round10/events-b-tools/run_sample.py OUTDIR
Seed 20261215. Writes OUTDIR/meantime.jsonl, stories.jsonl (records), sample.jsonl (60 events),
recall.jsonl (15 story first paragraphs with their events).
"""
import json
import random
import sys
from pathlib import Path

import dateline

SEED = 20261215
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(SEED)

mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
stories = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
story_pick = sorted(rng.sample(range(len(stories)), 150))
recall_pick = rng.sample(story_pick, 15)


def run(items, date=None):
    recs = []
    for rec in dateline.extract_many(items, date=date):
        recs.append(json.loads(rec.to_json()) if hasattr(rec, "to_json") else rec)
    return recs


mt_recs = run([{"id": d["doc_id"], "text": d["text"], "date": d["dct"]} for d in mt])
st_items = [{"id": stories[i]["id"], "text": stories[i]["text"]} for i in story_pick]
st_recs = run(st_items, date="2023-06-15")
for name, recs in (("meantime", mt_recs), ("stories", st_recs)):
    with open(OUT / f"{name}.jsonl", "w") as f:
        for r in recs:
            f.write(json.dumps(r) + "\n")


def pool(recs):
    out = []
    for r in recs:
        if "error" in r:
            continue
        actors = {a["id"]: a for a in r["actors"]}
        for e in r["events"]:
            s = e["sentence"]
            out.append({
                "doc": r["source"].get("id"), "sentence": r["text"][s["start"]:s["end"]],
                "trigger": e["trigger"].get("text"), "type": e["type"], "mode": e["mode"],
                "source": [(actors[a]["name"], actors[a]["country"], actors[a]["sector"]) for a in e["source"]],
                "target": [(actors[a]["name"], actors[a]["country"], actors[a]["sector"]) for a in e["target"]],
                "date": e["date"], "modality": e["modality"],
                "reported_by": actors[e["reported_by"]]["name"] if e.get("reported_by") else None,
                "rule": e["rule"], "event_id": e["id"],
            })
    return out


mt_pool, st_pool = pool(mt_recs), pool(st_recs)
print("meantime docs", len(mt_recs), "events", len(mt_pool), "errors", sum("error" in r for r in mt_recs))
print("stories docs", len(st_recs), "events", len(st_pool), "errors", sum("error" in r for r in st_recs))
sample = [dict(corpus="meantime", **e) for e in rng.sample(mt_pool, 30)]
sample += [dict(corpus="stories", **e) for e in rng.sample(st_pool, 30)]
with open(OUT / "sample.jsonl", "w") as f:
    for i, e in enumerate(sample):
        f.write(json.dumps(dict(n=i + 1, **e)) + "\n")
by_id = {r["source"].get("id"): r for r in st_recs if "error" not in r}
with open(OUT / "recall.jsonl", "w") as f:
    for i in recall_pick:
        s = stories[i]
        para = s["text"].split("\n\n")[0]
        r = by_id[s["id"]]
        evs = [e for e in pool([r]) if r["text"].find(e["sentence"]) < len(para)]
        f.write(json.dumps({"id": s["id"], "label": s["label"], "paragraph": para, "events": evs}) + "\n")
