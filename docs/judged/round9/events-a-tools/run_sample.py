"""Run dateline on MEANTIME (all 120) and the NGEC test stories, sample events for judging.

Usage: PYTHONPATH=src /work/main/.venv/bin/python docs/judged/round9/events-a-tools/run_sample.py OUTDIR
Seed 20261209. Writes OUTDIR/sample.jsonl (60 events) and OUTDIR/paras.jsonl (15 story paragraphs).
"""
import json
import random
import sys

import dateline

SEED = 20261209
OUT = sys.argv[1]
MEANTIME = "/work/shared/eval/meantime/docs.jsonl"
STORIES = "data/synthetic_stories/test.jsonl"


def actor_view(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return {k: a.get(k) for k in ("id", "name", "kind", "country", "sector", "role",
                                          "affiliation")}
    return {"id": aid}


def event_items(rec, text, origin, doc_id):
    items = []
    for ev in rec.get("events", []):
        s = ev["sentence"]
        items.append({
            "origin": origin, "doc_id": doc_id,
            "sentence": s.get("text") or rec["text"][s["start"]:s["end"]],
            "trigger": ev["trigger"].get("text", text[ev["trigger"]["start"]:ev["trigger"]["end"]]),
            "event": {k: ev.get(k) for k in ("id", "type", "mode", "cameo", "date", "modality",
                                              "reported_by", "rule", "confidence")},
            "source": [actor_view(rec, a) for a in ev["source"]],
            "target": [actor_view(rec, a) for a in ev["target"]],
            "reported_by_actor": actor_view(rec, ev["reported_by"]) if ev.get("reported_by") else None,
        })
    return items


def main():
    rng = random.Random(SEED)
    mt = [json.loads(line) for line in open(MEANTIME)]
    st = [json.loads(line) for line in open(STORIES)]
    mt_items = []
    for d, rec in zip(mt, dateline.extract_many(
            [{"text": d["text"], "published": d["dct"], "id": d["doc_id"]} for d in mt])):
        rec = json.loads(rec.to_json()) if hasattr(rec, "to_json") else rec
        mt_items += event_items(rec, d["text"], "meantime", d["doc_id"])
    st_items = []
    recs = {}
    for d, rec in zip(st, dateline.extract_many([d["text"] for d in st], date="2023-06-15")):
        rec = json.loads(rec.to_json()) if hasattr(rec, "to_json") else rec
        recs[d["id"]] = rec
        st_items += event_items(rec, d["text"], "stories", d["id"])
    print("meantime events", len(mt_items), "story events", len(st_items))
    sample = rng.sample(mt_items, 30) + rng.sample(st_items, 30)
    with open(f"{OUT}/sample.jsonl", "w") as f:
        for i, it in enumerate(sample, 1):
            f.write(json.dumps({"n": i} | it) + "\n")
    paras = rng.sample(st, 15)
    with open(f"{OUT}/paras.jsonl", "w") as f:
        for d in paras:
            text = d["text"]
            para_end = text.find("\n\n")
            para_end = len(text) if para_end < 0 else para_end
            evs = [e for e in event_items(recs[d["id"]], text, "stories", d["id"])]
            f.write(json.dumps({"id": d["id"], "label": d["label"], "mode": d.get("mode"),
                                "paragraph": text[:para_end], "full_len": len(text),
                                "events": [e for e in evs]}) + "\n")


if __name__ == "__main__":
    main()
