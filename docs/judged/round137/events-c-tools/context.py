"""Print, per sampled doc, the full story and every item with the other dateline events of its sentence.

usage: context.py ITEMS.jsonl STORIES.jsonl RECORDS.jsonl > out.txt
"""
import json, sys
from collections import OrderedDict

items = [json.loads(l) for l in open(sys.argv[1])]
docs = OrderedDict()
for it in items:
    docs.setdefault(it["doc"], []).append(it)
stories = {}
for l in open(sys.argv[2]):
    d = json.loads(l)
    if d["id"] in docs:
        stories[d["id"]] = d
recs = {}
for l in open(sys.argv[3]):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]

def actor_str(rec, ids):
    acts = {a["id"]: a for a in rec["actors"]}
    out = []
    for i in ids:
        a = acts.get(i)
        out.append(f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' if a else i)
    return out

for doc, its in docs.items():
    st = stories[doc]; rec = recs[doc]
    print("=" * 100)
    print(doc, st["date"], "|", st["title"])
    print(st["text"])
    print("-" * 40)
    for it in its:
        print(f'#{it["n"]} {it["event_id"]} trig={it["trigger"]!r} {it["type"]}/{it["mode"]} cameo={it["cameo"]}')
        print("   SENT:", it["sentence"].strip())
        print("   src=", it["source"], "tgt=", it["target"], "date=", it["date"], "mod=", it["modality"], "rep=", it["reported_by"], "rule=", it["rule"])
        for e in rec["events"]:
            if e["sentence"]["text"].strip() == it["sentence"].strip() and e["id"] != it["event_id"]:
                print(f'     other {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} src={actor_str(rec, e["source"])} tgt={actor_str(rec, e["target"])} date={e["date"]["value"]} mod={e["modality"]}')
    print()
