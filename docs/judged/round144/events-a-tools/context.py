"""Print each item of events-a-items.jsonl with its full story and every dateline event in the same sentence.
usage: python events-a-tools/context.py FROM TO [--nostory]"""
import json, sys
ITEMS = "events-a-items.jsonl"
STORIES = "/work/wt/j144a/data/heldout_news49/stories.jsonl"
RECS = "/tmp/r143/heldout_news49.judge.jsonl"
lo, hi = int(sys.argv[1]), int(sys.argv[2])
nostory = "--nostory" in sys.argv
items = [json.loads(l) for l in open(ITEMS)]
stories = {s["id"]: s for s in map(json.loads, open(STORIES))}
recs = {r["id"]: r["record"] for r in map(json.loads, open(RECS))}
shown = set()
def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid
for it in items:
    if not lo <= it["n"] <= hi:
        continue
    s = stories[it["doc"]]; rec = recs[it["doc"]]
    print("=" * 100)
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} docdate={it["document_date"]}  title: {s["title"]}')
    if not nostory and it["doc"] not in shown:
        print(s["text"]); print("-" * 40)
        shown.add(it["doc"])
    print("SENT:", it["sentence"].strip())
    print(f'ITEM: trig="{it["trigger"]}" {it["type"]}/{it["mode"]} cameo={it["cameo"]} src={it["source"]} tgt={it["target"]} date={it["date"]} mod={it["modality"]} rep={it["reported_by"]} rule={it["rule"]}')
    for e in rec["events"]:
        if e["sentence"]["text"].strip() == it["sentence"].strip():
            print(f'   same-sent {e["id"]}: trig="{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={[actor(rec,x) for x in e["source"]]} tgt={[actor(rec,x) for x in e["target"]]} date={e["date"]["value"]} mod={e["modality"]}')
