"""Print each sampled item with its whole story (once per story) and every dateline event in the same sentence.

usage: python ctx.py RECORDS.jsonl ITEMS.jsonl FIRST LAST [STORIES.jsonl]
"""
import json, sys

recs_path, items_path, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
stories_path = sys.argv[5] if len(sys.argv) > 5 else "/work/wt/j137d/data/heldout_news46/stories.jsonl"
items = [json.loads(l) for l in open(items_path)]
need = {it["doc"] for it in items}
recs = {}
for l in open(recs_path):
    r = json.loads(l)
    if r["id"] in need:
        recs[r["id"]] = r["record"]
stories = {}
for l in open(stories_path):
    s = json.loads(l)
    if s["id"] in need:
        stories[s["id"]] = s


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]'
    return aid


shown = set()
for it in items:
    n = it.get("n")
    if n is None or not (first <= n <= last):
        continue
    d = it["doc"]
    print("=" * 100)
    if d not in shown:
        s = stories[d]
        print(f'STORY {d} date={s["date"]} title={s["title"]}')
        print(s["text"])
        print("-" * 100)
        shown.add(d)
    rec = recs[d]
    print(f'#{n} {d} {it["event_id"]}  docdate={it["document_date"]}')
    print("SENT:", it["sentence"].strip())
    print(f'  trig="{it["trigger"]}" {it["type"]}/{it["mode"]} cameo={it["cameo"]} rule={it["rule"]}')
    print(f'  src={it["source"]} tgt={it["target"]}')
    print(f'  date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
    others = [e for e in rec["events"] if e["sentence"]["text"] == it["sentence"] and e["id"] != it["event_id"]]
    for e in others:
        print(f'   other {e["id"]}: "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
              f'src={[actor(rec, a) for a in e["source"]]} tgt={[actor(rec, a) for a in e["target"]]} '
              f'date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]}')
