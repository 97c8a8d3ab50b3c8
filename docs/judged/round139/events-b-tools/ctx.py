"""Print each item of events-b-items.jsonl with its story date, the story text, and every dateline
event in the same sentence (for the duplicate check).

usage: python3 events-b-tools/ctx.py FIRST LAST [--story]
"""
import json, sys

JUDGE = "/tmp/r139/heldout_news47.judge.jsonl"
STORIES = "/work/wt/j139b/data/heldout_news47/stories.jsonl"
ITEMS = "events-b-items.jsonl"


def actor_names(rec, ids):
    return ids


def main():
    first, last = int(sys.argv[1]), int(sys.argv[2])
    story = "--story" in sys.argv
    items = [json.loads(l) for l in open(ITEMS)]
    docs = {it["doc"] for it in items[first - 1:last]}
    recs = {}
    for l in open(JUDGE):
        r = json.loads(l)
        if r["id"] in docs:
            recs[r["id"]] = r["record"]
    stories = {}
    for l in open(STORIES):
        s = json.loads(l)
        if s["id"] in docs:
            stories[s["id"]] = s
    for it in items[first - 1:last]:
        rec = recs[it["doc"]]
        print("=" * 100)
        print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']} title={stories[it['doc']].get('title')}")
        if story:
            print(stories[it["doc"]]["text"])
            print("-" * 40)
        print("SENT:", it["sentence"].strip())
        print(f"  ITEM trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']}")
        print(f"       date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
        actors = {a["id"]: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec["actors"]}
        for ev in rec["events"]:
            if ev["sentence"]["text"].strip() == it["sentence"].strip():
                mark = "*" if ev["id"] == it["event_id"] else " "
                src = [actors.get(x, x) if isinstance(x, str) else x for x in ev["source"]]
                tgt = [actors.get(x, x) if isinstance(x, str) else x for x in ev["target"]]
                print(f"   {mark}{ev['id']} trig={ev['trigger']['text']!r} {ev['type']}/{ev['mode']} src={src} tgt={tgt} date={ev['date'].get('value')} mod={ev['modality']}")


main()
