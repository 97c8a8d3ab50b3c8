"""Run dateline on all 120 MEANTIME articles and 60 random NGEC stories; draw the judged sample.

Usage: PYTHONPATH=src /work/main/.venv/bin/python docs/judged/round10/events-c-tools/run_sample.py OUTDIR
Seed 20261216. Writes OUTDIR/records-{meantime,stories}.jsonl and OUTDIR/sample.jsonl,
OUTDIR/paragraphs.jsonl (10 story first paragraphs with their records).
"""
import json
import random
import sys
from pathlib import Path

import dateline

SEED = 20261216
MEANTIME = Path("/work/shared/eval/meantime/docs.jsonl")
STORIES = Path("data/synthetic_stories/test.jsonl")
STORY_DATE = "2023-06-15"


def run(docs, key):
    out = []
    for doc, rec in zip(docs, dateline.extract_many(
            [{"text": d["text"]} for d in docs] if key == "stories" else
            [{"text": d["text"], "published": d["dct"]} for d in docs],
            date=STORY_DATE if key == "stories" else None)):
        out.append({"doc": doc.get("doc_id") or doc.get("id"), "record": rec.to_dict()})
    return out


def events(recs, corpus):
    for r in recs:
        rec = r["record"]
        actors = {a["id"]: a for a in rec.get("actors", [])}
        for e in rec.get("events", []):
            yield {"corpus": corpus, "doc": r["doc"], "event": e,
                   "actors": {i: {k: actors[i].get(k) for k in ("name", "kind", "country", "sector", "role")}
                              for i in e["source"] + e["target"] + ([e["reported_by"]] if isinstance(e.get("reported_by"), str) else [])
                              if i in actors}}


def main(outdir):
    outdir = Path(outdir)
    rng = random.Random(SEED)
    mt = [json.loads(line) for line in MEANTIME.open()]
    st = [json.loads(line) for line in STORIES.open()]
    st_pick = rng.sample(st, 60)
    mt_recs, st_recs = run(mt, "meantime"), run(st_pick, "stories")
    for name, recs in (("meantime", mt_recs), ("stories", st_recs)):
        with (outdir / f"records-{name}.jsonl").open("w") as f:
            for r in recs:
                f.write(json.dumps(r) + "\n")
    mt_ev, st_ev = list(events(mt_recs, "meantime")), list(events(st_recs, "stories"))
    print("events: meantime", len(mt_ev), "in", len(mt_recs), "docs; stories", len(st_ev), "in", len(st_recs))
    sample = rng.sample(mt_ev, 25) + rng.sample(st_ev, 25)
    with (outdir / "sample.jsonl").open("w") as f:
        for i, s in enumerate(sample, 1):
            f.write(json.dumps({"n": i, **s}) + "\n")
    # 10 random story first paragraphs (from stories not in the 60 above), run alone
    rest = [d for d in st if d not in st_pick]
    paras = rng.sample(rest, 10)
    firsts = [d["text"].split("\n\n")[0] for d in paras]
    with (outdir / "paragraphs.jsonl").open("w") as f:
        for d, p, rec in zip(paras, firsts, dateline.extract_many([{"text": p} for p in firsts], date=STORY_DATE)):
            f.write(json.dumps({"doc": d["id"], "label": d["label"], "paragraph": p, "record": rec.to_dict()}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
