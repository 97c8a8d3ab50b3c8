"""Sample predicted events for judging (round 9, judge events-c). Seed 20261212.

Usage: PYTHONPATH=src /work/main/.venv/bin/python docs/judged/round9/events-c-tools/sample.py OUTDIR
Runs dateline on all 120 MEANTIME articles (published=dct) and on 300 random synthetic stories
(date 2023-06-15), pools the events per corpus, draws 25 from each; draws 10 stories for recall.
"""
import json
import random
import sys
from pathlib import Path

import dateline

SEED = 20261212
MEANTIME = "/work/shared/eval/meantime/docs.jsonl"
STORIES = "data/synthetic_stories/test.jsonl"


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return {"id": aid, "name": a["name"], "country": a["country"], "sector": a["sector"],
                    "kind": a["kind"], "mention": a["mentions"][0]["text"] if a["mentions"] else None}
    return {"id": aid}


def brief(rec, ev):
    return {"type": ev["type"], "mode": ev["mode"], "cameo": ev["cameo"],
            "trigger": ev["trigger"]["text"], "rule": ev["rule"],
            "source": [actor(rec, a) for a in ev["source"]],
            "target": [actor(rec, a) for a in ev["target"]],
            "date": ev["date"], "modality": ev["modality"],
            "reported_by": actor(rec, ev["reported_by"]) if ev.get("reported_by") else None}


def main(out: Path) -> None:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    mt = [json.loads(l) for l in open(MEANTIME)]
    st = [json.loads(l) for l in open(STORIES)]
    st_run = rng.sample(range(len(st)), 300)
    recall_ids = rng.sample(st_run, 10)
    pools = {"meantime": [], "stories": []}
    arts = [{"text": d["text"], "published": d["dct"], "source": {"id": d["doc_id"]}} for d in mt]
    for d, rec in zip(mt, dateline.extract_many(arts)):
        r = rec.to_dict()
        for ev in r.get("events", []):
            pools["meantime"].append({"corpus": "meantime", "doc": d["doc_id"], "dct": d["dct"],
                                      "sentence": ev["sentence"]["text"], "pred": brief(r, ev)})
    texts = [st[i]["text"] for i in st_run]
    recall = []
    for i, rec in zip(st_run, dateline.extract_many(texts, date="2023-06-15")):
        r = rec.to_dict()
        for ev in r.get("events", []):
            pools["stories"].append({"corpus": "stories", "doc": st[i]["id"], "label": st[i]["label"],
                                     "sentence": ev["sentence"]["text"], "pred": brief(r, ev)})
        if i in recall_ids:
            para = st[i]["text"].split("\n\n")[0]
            evs = [brief(r, ev) | {"sentence": ev["sentence"]["text"], "start": ev["trigger"]["start"]}
                   for ev in r.get("events", []) if ev["trigger"]["start"] < len(para)]
            recall.append({"doc": st[i]["id"], "label": st[i]["label"], "paragraph": para, "events": evs})
    sample = []
    for name in ("meantime", "stories"):
        print(name, "events pooled:", len(pools[name]))
        sample += rng.sample(pools[name], 25)
    with open(out / "sample.jsonl", "w") as f:
        for n, s in enumerate(sample, 1):
            f.write(json.dumps({"n": n} | s) + "\n")
    with open(out / "recall.jsonl", "w") as f:
        for r in recall:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
