"""Print a story's text with all dateline events (compact), marking this judge's sampled items.

usage: story.py DOC [DOC ...]
"""
import json, sys
HERE = "/work/wt/j71b/docs/judged/round71/"
items = {}
for l in open(HERE + "events-b-items.jsonl"):
    r = json.loads(l); items[(r["doc"], r["event_id"])] = r["n"]
recs = {}
for l in open("/tmp/r71/heldout_news13.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in sys.argv[1:]:
        recs[r["id"]] = r["record"]
def act(rec, ids):
    A = {a["id"]: a for a in rec["actors"]}
    out = []
    for i in ids:
        a = A.get(i)
        out.append(f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' if a else i)
    return out
for d in sys.argv[1:]:
    rec = recs[d]
    print("=" * 30, d, rec["document_date"])
    print(rec["text"])
    print("--- events")
    for e in rec["events"]:
        mark = f'#{items[(d, e["id"])]}' if (d, e["id"]) in items else ""
        print(f'{mark:4}{e["id"]:4} [{e["sentence"]["start"]}] "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} {act(rec, e["source"])} -> {act(rec, e["target"])} {e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} rep={act(rec, [e["reported_by"]]) if e["reported_by"] else None}')
