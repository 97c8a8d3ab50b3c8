"""Dump, per sampled doc, the full story and all dateline events grouped by sentence, marking sampled items.

usage: python dump.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl STORIES.jsonl > out.txt
"""
import json
import sys

recs_path, items_path, paras_path, stories_path = sys.argv[1:5]
items = [json.loads(l) for l in open(items_path)]
paras = [json.loads(l) for l in open(paras_path)]
docs = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in docs:
        docs.append(d)
sampled = {(i["doc"], i["event_id"]): i["n"] for i in items}
stories = {}
for l in open(stories_path):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open(recs_path):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]


def actor_str(rec, ids):
    amap = {a["id"]: a for a in rec["actors"]}
    out = []
    for i in ids:
        a = amap.get(i)
        out.append(f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' if a else i)
    return out


for d in docs:
    s, rec = stories[d], recs[d]
    print("=" * 100)
    print(d, "date", s["date"], "|", s.get("title"))
    print(s["text"])
    print("-- events by sentence --")
    bysent = {}
    for e in rec["events"]:
        bysent.setdefault(e["sentence"]["start"], []).append(e)
    for st in sorted(bysent):
        evs = bysent[st]
        print(f"  SENT@{st}: {evs[0]['sentence']['text'].strip()}")
        for e in evs:
            mark = f"#{sampled[(d, e['id'])]}" if (d, e["id"]) in sampled else "  "
            print(f"    {mark} {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {actor_str(rec, e['source'])} -> "
                  f"{actor_str(rec, e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) "
                  f"mod={e['modality']} rep={e.get('reported_by')}")
    print()
