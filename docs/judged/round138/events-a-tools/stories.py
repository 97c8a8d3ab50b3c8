"""Print each sampled story (items + paragraphs) with all dateline events, for reading.

usage: stories.py > /tmp/j138a_stories.txt
"""
import json

items = [json.loads(l) for l in open("events-a-items.jsonl")]
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
docs = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open("/work/wt/j138a/data/heldout_news46/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r137/heldout_news46.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
for d in docs:
    s = stories[d]
    rec = recs[d]
    actors = {a["id"]: a for a in rec["actors"]}

    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]")
        return out

    ns = [i["n"] for i in items if i["doc"] == d]
    print("=" * 100)
    print(d, s["date"], s["title"], "items:", ns)
    print(s["text"])
    print("-- dateline events:")
    for e in rec["events"]:
        star = "*" if any(i["doc"] == d and i["event_id"] == e["id"] for i in items) else " "
        print(f" {star}{e['id']} @{e['sentence']['start']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"{nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
