"""Print each sampled doc's full story (once) and, per item, the other dateline events in the same sentence.

usage: context.py ITEMS.jsonl STORIES.jsonl RECORDS.jsonl
"""
import json, sys

items = [json.loads(l) for l in open(sys.argv[1])]
docs = {i["doc"] for i in items}
stories = {}
for l in open(sys.argv[2]):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open(sys.argv[3]):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a.get("name")}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]'
    return aid

seen = set()
for it in items:
    d = it["doc"]
    if d not in seen:
        seen.add(d)
        s = stories[d]
        print("=" * 100)
        print(d, s["date"], s["title"])
        print(s["text"])
        print("-" * 100)
    rec = recs[d]
    print(f'#{it["n"]} {d} {it["event_id"]} trig={it["trigger"]!r} type={it["type"]}/{it["mode"]} cameo={it["cameo"]}')
    for e in rec["events"]:
        if e["sentence"]["start"] == next(x for x in rec["events"] if x["id"] == it["event_id"])["sentence"]["start"]:
            print(f'   same-sent {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} src={[actor(rec,a) for a in e["source"]]} tgt={[actor(rec,a) for a in e["target"]]} date={e["date"]["value"]} {e["modality"]}')
