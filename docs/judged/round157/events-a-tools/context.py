"""Print, for items FIRST..LAST, the full story (once per doc) and every dateline event
in the item's sentence (for the duplicate check).
usage: context.py FIRST LAST"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
stories = {}
for l in open(HERE.parents[2] / "data/heldout_news56/stories.jsonl"):
    d = json.loads(l); stories[d["id"]] = d
recs = {}
for l in open("/tmp/r157/heldout_news56.judge.jsonl"):
    d = json.loads(l); recs[d["id"]] = d["record"]
def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a.get("name")}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]'
    return aid
a, b = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items:
    if not a <= it["n"] <= b: continue
    doc = it["doc"]; st = stories[doc]; rec = recs[doc]
    if doc not in shown:
        shown.add(doc)
        print("=" * 100); print(doc, st["date"], st["title"]); print(st["text"]); print("-" * 100)
    print(f'#{it["n"]} {it["event_id"]} trig={it["trigger"]!r} {it["type"]}/{it["mode"]} cameo={it["cameo"]}')
    print("  SENT:", it["sentence"].strip())
    print("  src=", it["source"], "tgt=", it["target"], "date=", it["date"], "mod=", it["modality"], "rep=", it["reported_by"])
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    for e in rec["events"]:
        if e["sentence"]["start"] == ev["sentence"]["start"] and e["id"] != ev["id"]:
            print(f'    same-sent {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} src={[actor(rec,x) for x in e["source"]]} tgt={[actor(rec,x) for x in e["target"]]} date={e["date"]["value"]} mod={e["modality"]}')
    print()
