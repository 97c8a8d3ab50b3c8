"""Print, per sampled doc, the story and every dateline event (sampled items marked with their n).
usage: ctx.py RECORDS.jsonl ITEMS.jsonl STORIES.jsonl [DOC ...]"""
import json, sys
recs = {json.loads(l)["id"]: json.loads(l)["record"] for l in open(sys.argv[1])}
items = [json.loads(l) for l in open(sys.argv[2])]
stories = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[3])}
want = sys.argv[4:]
order = []
for it in items:
    if it["doc"] not in order: order.append(it["doc"])
for doc in order:
    if want and doc not in want: continue
    r = recs[doc]; s = stories[doc]
    actors = {a["id"]: a for a in r["actors"]}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name', a.get('text', i))}[{a.get('country')}/{a.get('sector')}]")
        return out
    mine = {it["event_id"]: it["n"] for it in items if it["doc"] == doc}
    print("=" * 100); print(doc, s["date"], s.get("title")); print(s["text"]); print("-- events:")
    for e in r["events"]:
        mark = f"#{mine[e['id']]}" if e["id"] in mine else "  "
        print(f" {mark:4} {e['id']:4} [{e['trigger']['text']}] {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} "
              f"date={e['date'].get('value')}({e['date'].get('basis')}) {e['modality']} rep={e.get('reported_by')} | sent@{e['sentence']['start']}")
