"""Print each sampled doc's full story, then dateline's events by sentence, marking sampled items.

usage: stories.py STORIES.jsonl RECORDS.jsonl ITEMS.jsonl > out.txt
"""
import json, sys

stories = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
recs = {}
for l in open(sys.argv[2]):
    r = json.loads(l); recs[r["id"]] = r["record"]
items = [json.loads(l) for l in open(sys.argv[3])]
docs = []
for it in items:
    if it["doc"] not in docs:
        docs.append(it["doc"])
for d in docs:
    s = stories[d]; rec = recs[d]
    actors = {a["id"]: a for a in rec.get("actors", [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]")
        return out
    mine = {it["event_id"]: it["n"] for it in items if it["doc"] == d}
    print("=" * 100); print(d, s["date"], s["title"]); print(s["text"]); print("--- events")
    for e in rec["events"]:
        mark = f"  <== item #{mine[e['id']]}" if e["id"] in mine else ""
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} {e['modality']}{mark}")
        print(f"      S: {e['sentence']['text'].strip()[:160]}")
