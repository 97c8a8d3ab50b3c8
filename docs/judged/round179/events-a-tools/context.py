"""Print, per sampled doc, the full story, then the sampled items of that doc with all dateline
events found in the same sentence (for the duplicate check).
usage: context.py ITEMS.jsonl STORIES.jsonl RECORDS.jsonl > out.txt"""
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
def name(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid
order = []
for i in items:
    if i["doc"] not in order:
        order.append(i["doc"])
for d in order:
    s = stories[d]; rec = recs[d]
    print("=" * 100); print(d, s["date"], s.get("title")); print(s["text"]); print("-" * 60)
    for i in [x for x in items if x["doc"] == d]:
        print(f'#{i["n"]} {i["event_id"]} trig={i["trigger"]!r} {i["type"]}/{i["mode"]} cameo={i["cameo"]}')
        print("   SENT:", i["sentence"].strip())
        print("   src=", i["source"], " tgt=", i["target"])
        print("   date=", i["date"], " mod=", i["modality"], " rep=", i["reported_by"], " rule=", i["rule"])
        for e in rec["events"]:
            if e["sentence"]["text"].strip() == i["sentence"].strip() and e["id"] != i["event_id"]:
                print(f'   SAME-SENT {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} src={[name(rec,a) for a in e["source"]]} tgt={[name(rec,a) for a in e["target"]]} date={e["date"].get("value")} mod={e["modality"]}')
        print()
