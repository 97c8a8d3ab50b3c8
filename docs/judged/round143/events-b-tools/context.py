"""Print, for items FIRST..LAST, the story title/date/text (once per doc) and every dateline event
in the item's sentence (for the duplicate check).

usage: context.py FIRST LAST   (from docs/judged/round143)
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
STORIES = HERE.parents[2] / "data" / "heldout_news49" / "stories.jsonl"
RECORDS = Path("/tmp/r143/heldout_news49.judge.jsonl")

first, last = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
items = [i for i in items if first <= i["n"] <= last]
docs = {i["doc"] for i in items}
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open(RECORDS):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]'
    return aid

shown = set()
for it in items:
    d = it["doc"]
    if d not in shown and "--story" in sys.argv:
        s = stories[d]
        print(f"===== {d} {s['date']} {s['title']}\n{s['text']}\n")
        shown.add(d)
    rec = recs[d]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    ss = ev["sentence"]["start"]
    print(f"#{it['n']} {d} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']}")
    print(f"   src={it['source']} tgt={it['target']}")
    print(f"   date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in rec["events"]:
        if e["sentence"]["start"] == ss and e["id"] != it["event_id"]:
            print(f"   same-sent: {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
                  f"date={e['date']['value']} mod={e['modality']}")
    print()
