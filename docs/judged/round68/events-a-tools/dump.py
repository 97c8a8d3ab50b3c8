"""Print each sampled story (title, date, text) with all of dateline's events, grouped by sentence.

usage: dump.py RECORDS.jsonl STORIES.jsonl ITEMS.jsonl PARAGRAPHS.jsonl
"""
import json, sys

recs_path, stories_path, items_path, paras_path = sys.argv[1:5]
items = [json.loads(l) for l in open(items_path)]
paras = [json.loads(l) for l in open(paras_path)]
want = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in want:
        want.append(d)
stories = {}
for l in open(stories_path):
    s = json.loads(l)
    if s["id"] in want:
        stories[s["id"]] = s
recs = {}
for l in open(recs_path):
    r = json.loads(l)
    if r["id"] in want:
        recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec.get("actors") or []:
        if a["id"] == aid:
            return f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid

for d in sorted(want):
    s = stories[d]
    rec = recs[d]
    ns = [i["n"] for i in items if i["doc"] == d]
    print("=" * 100)
    print(d, s["date"], s.get("title"), "items:", ns, "para:" , any(p["doc"] == d for p in paras))
    print(s["text"])
    print("--- dateline events")
    for e in rec.get("events") or []:
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} "
              f"tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')}({e['date'].get('basis')}) "
              f"mod={e['modality']} :: {e['sentence']['text'][:90]!r}")
