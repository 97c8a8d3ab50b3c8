"""Dump, for each sampled doc (in item order), the full story and, per sampled item, the
dateline events in the same sentence (for the duplicate check).

usage: dump.py ITEMS.jsonl STORIES.jsonl RECORDS.jsonl FIRST LAST
"""
import json, sys

items_path, stories_path, records_path, first, last = sys.argv[1:6]
first, last = int(first), int(last)
items = [json.loads(l) for l in open(items_path)]
stories = {}
for l in open(stories_path):
    s = json.loads(l); stories[s["id"]] = s
recs = {}
for l in open(records_path):
    r = json.loads(l); recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid

seen = set()
for it in items:
    if not first <= it["n"] <= last:
        continue
    doc = it["doc"]
    rec = recs[doc]
    if doc not in seen:
        seen.add(doc)
        s = stories[doc]
        print("=" * 100)
        print(f'DOC {doc}  date={s["date"]}  title={s.get("title")}')
        print(s["text"])
        print("-" * 100)
    print(f'#{it["n"]} {doc} {it["event_id"]} trig={it["trigger"]!r} {it["type"]}/{it["mode"]} cameo={it["cameo"]}')
    print(f'   SENT: {it["sentence"].strip()}')
    print(f'   src={it["source"]} tgt={it["target"]}')
    print(f'   date={it["date"]} mod={it["modality"]} rep={it["reported_by"]} rule={it["rule"]}')
    for e in rec["events"]:
        if e["sentence"]["text"] == it["sentence"] and e["id"] != it["event_id"]:
            print(f'   SAME-SENT {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
                  f'src={[actor(rec,a) for a in e["source"]]} tgt={[actor(rec,a) for a in e["target"]]} '
                  f'date={e["date"]["value"] if e["date"] else None} mod={e["modality"]}')
    print()
