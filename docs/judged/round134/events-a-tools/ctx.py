"""Print, for each item, the other dateline events in the same sentence; and for each lead paragraph,
the dateline events whose sentence lies in it.
usage: ctx.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r["id"]] = r["record"]
def act(rec, ids):
    a = {x["id"]: x for x in rec["actors"]}
    return [f'{a[i]["name"]}[{a[i]["country"]}/{a[i]["sector"]}]' for i in ids]
def show(rec, e):
    return f'  {e["id"]} {e["trigger"]["text"]!r} {e["type"]}/{e.get("mode")} {act(rec,e["source"])} -> {act(rec,e["target"])} date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]}'
for l in open(sys.argv[2]):
    it = json.loads(l); rec = recs[it["doc"]]
    me = [e for e in rec["events"] if e["id"] == it["event_id"]][0]
    others = [e for e in rec["events"] if e["sentence"]["start"] == me["sentence"]["start"] and e["id"] != me["id"]]
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} trig={it["trigger"]!r}; others in sentence: {len(others)}')
    for e in others: print(show(rec, e))
print("=== paragraphs")
for l in open(sys.argv[3]):
    p = json.loads(l); rec = recs[p["doc"]]
    start = rec["text"].find(p["paragraph"][:60]); end = start + len(p["paragraph"])
    print(p["doc"], start, end, "date", rec["document_date"]); print(p["paragraph"])
    for e in rec["events"]:
        if start <= e["trigger"]["start"] < end: print(show(rec, e))
