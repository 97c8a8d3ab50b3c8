"""Print, for each item, the other dateline events in the same sentence (duplicate check),
and dump the full stories of the sampled docs.

usage: context.py ITEMS.jsonl PARAGRAPHS.jsonl RECORDS.jsonl STORIES.jsonl OUTDIR
"""
import json, sys
from pathlib import Path

items_p, paras_p, recs_p, stories_p, out = sys.argv[1:6]
out = Path(out); out.mkdir(parents=True, exist_ok=True)
items = [json.loads(l) for l in open(items_p)]
paras = [json.loads(l) for l in open(paras_p)]
docs = []
for d in items + paras:
    if d["doc"] not in docs:
        docs.append(d["doc"])
recs = {}
for l in open(recs_p):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid

def fmt(rec, e):
    return (f'{e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
            f'{[actor(rec, a) for a in e["source"]]} -> {[actor(rec, a) for a in e["target"]]} '
            f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]}')

with open(out / "same-sentence.txt", "w") as f:
    for it in items:
        rec = recs[it["doc"]]
        me = next(e for e in rec["events"] if e["id"] == it["event_id"])
        s = me["sentence"]["start"]
        others = [e for e in rec["events"] if e["sentence"]["start"] == s and e["id"] != me["id"]]
        f.write(f'#{it["n"]} {it["doc"]} {fmt(rec, me)}\n')
        for e in others:
            f.write(f'    also: {fmt(rec, e)}\n')
with open(out / "stories.txt", "w") as f:
    for l in open(stories_p):
        s = json.loads(l)
        if s["id"] in docs:
            f.write(f'=== {s["id"]} date={s["date"]} title={s["title"]}\n{s["text"]}\n\n')
with open(out / "all-events.txt", "w") as f:
    for d in docs:
        rec = recs[d]
        f.write(f'=== {d}\n')
        for e in rec["events"]:
            f.write(f'  {fmt(rec, e)} | {e["sentence"]["text"][:80]!r}\n')
