"""Dump each sampled doc's story and all dateline events in it (compact), for judge b of round 146.
usage: python3 dump.py > /tmp/j146b_dump.txt
"""
import json
ITEMS = "events-b-items.jsonl"
STORIES = "/work/wt/j146b/data/heldout_news51/stories.jsonl"
RECS = "/tmp/r146/heldout_news51.judge.jsonl"
items = [json.loads(l) for l in open(ITEMS)]
docs = []
for it in items:
    if it["doc"] not in docs:
        docs.append(it["doc"])
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in docs:
        stories[d["id"]] = d
recs = {}
for l in open(RECS):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]
for doc in docs:
    s = stories[doc]; r = recs[doc]
    acts = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}]' for a in r["actors"]}
    mine = [it for it in items if it["doc"] == doc]
    print("=" * 100)
    print(doc, s["date"], s.get("title"), "| items:", [(it["n"], it["event_id"]) for it in mine])
    print(s["text"])
    print("--- dateline events")
    for e in r["events"]:
        mark = "*" if any(it["event_id"] == e["id"] for it in mine) else " "
        print(f' {mark}{e["id"]} {e["type"]}/{e["mode"]} trig={e["trigger"]["text"]!r}@{e["trigger"]["start"]} '
              f'src={[acts.get(a,a) for a in e["source"]]} tgt={[acts.get(a,a) for a in e["target"]]} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]} sent@{e["sentence"]["start"]}')
