"""Print, for items FIRST..LAST of events-c-items.jsonl, the full story (once per doc) and
every dateline event found in the item's sentence (for the duplicate check).

usage: python3 context.py FIRST LAST
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = Path("/work/wt/j166c/data/heldout_news61/stories.jsonl")
RECORDS = Path("/tmp/r166/heldout_news61.judge.jsonl")

def actor_names(rec):
    out = {}
    for a in rec.get("actors", []):
        out[a["id"]] = a.get("name") or a.get("text") or a["id"]
        code = a.get("country") or a.get("code")
        out[a["id"]] += f"[{code}]"
    return out

def main(first, last):
    items = [json.loads(l) for l in open(HERE.parent / "events-c-items.jsonl")]
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
    shown = set()
    for it in items:
        d = it["doc"]
        if d not in shown:
            shown.add(d)
            s = stories[d]
            print("=" * 100)
            print(f"STORY {d}  date={s['date']}  title={s['title']}")
            print(s["text"])
        rec = recs[d]
        names = actor_names(rec)
        print("-" * 100)
        print(f"#{it['n']} {d} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} "
              f"src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
        print("  SENT:", it["sentence"].strip())
        for e in rec["events"]:
            if e["sentence"]["text"].strip() == it["sentence"].strip():
                print(f"    same-sentence {e['id']}: {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                      f"src={[names.get(x, x) for x in e['source']]} tgt={[names.get(x, x) for x in e['target']]} "
                      f"date={e['date'].get('value')} mod={e['modality']}")

if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
