"""Dump, per sampled doc, the story text and each sampled item with all dateline events in its sentence.

usage: python events-b-tools/context.py RECORDS.jsonl STORIES.jsonl ITEMS.jsonl > out.txt
"""
import json
import sys
from collections import defaultdict

recs, stories, items = sys.argv[1:4]
R = {}
for line in open(recs):
    r = json.loads(line)
    R[r["id"]] = r["record"]
S = {json.loads(l)["id"]: json.loads(l) for l in open(stories)}
its = [json.loads(l) for l in open(items)]
bydoc = defaultdict(list)
for it in its:
    bydoc[it["doc"]].append(it)


def actor_str(rec, ids):
    A = {a["id"]: a for a in rec["actors"]}
    out = []
    for i in ids:
        a = A.get(i)
        out.append(f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' if a else i)
    return out


for doc, lst in bydoc.items():
    st = S[doc]
    rec = R[doc]
    print("=" * 100)
    print(doc, st["date"], st.get("title"))
    print(st["text"])
    for it in lst:
        print("-" * 60)
        print(f'#{it["n"]} {it["event_id"]} trig={it["trigger"]!r} {it["type"]}/{it["mode"]} cameo={it["cameo"]}')
        print("  SENT:", it["sentence"].strip())
        print("  src", it["source"], "tgt", it["target"], "date", it["date"], "mod", it["modality"], "rep", it["reported_by"])
        sent = it["sentence"]
        for e in rec["events"]:
            if e["sentence"]["text"] == sent and e["id"] != it["event_id"]:
                print(f'   other {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} src={actor_str(rec, e["source"])} tgt={actor_str(rec, e["target"])} date={e["date"].get("value")} {e["modality"]}')
