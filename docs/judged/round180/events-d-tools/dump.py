"""Dump, per sampled doc, the story text and all dateline events (sampled items marked with #n).

usage: dump.py > /tmp/j180d-dump.txt
"""
import json

items = [json.loads(l) for l in open("events-d-items.jsonl")]
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
docs = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open("/work/wt/j180d/data/heldout_news67/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r178/heldout_news67.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]

def act(rec, ids):
    a = {x["id"]: x for x in rec["actors"]}
    return [f'{a[i]["name"]}[{a[i]["country"]}/{a[i]["sector"]}/{a[i]["kind"]}]' for i in ids]

for d in docs:
    s = stories[d]
    rec = recs[d]
    print("=" * 100)
    print(d, s["date"], s.get("title"))
    print(s["text"])
    print("--- dateline events")
    mine = {i["event_id"]: i["n"] for i in items if i["doc"] == d}
    for e in rec["events"]:
        tag = f'#{mine[e["id"]]}' if e["id"] in mine else "  "
        print(f'{tag} {e["id"]} [{e["trigger"]["text"]}] {e["type"]}/{e["mode"]} src={act(rec,e["source"])} tgt={act(rec,e["target"])} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]} rep={e["reported_by"]}')
        print(f'      S: {e["sentence"]["text"][:300]}')
