"""Dump, for judge b's items and paragraphs, each sampled story (title, date, text) and all of
dateline's events in it (type, trigger, source -> target, date, modality, sentence start).

usage (from docs/judged/round157): python3 events-b-tools/dump.py > /tmp/j157b_dump.txt
"""
import json

ITEMS = [json.loads(l) for l in open("events-b-items.jsonl")]
PARAS = [json.loads(l) for l in open("paragraphs-b.jsonl")]
docs = []
for d in [i["doc"] for i in ITEMS] + [p["doc"] for p in PARAS]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open("/work/wt/j157b/data/heldout_news56/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r157/heldout_news56.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid


for d in docs:
    s, rec = stories[d], recs[d]
    ns = [i["n"] for i in ITEMS if i["doc"] == d]
    print("=" * 100)
    print(d, s["date"], "items", ns, "| para" if any(p["doc"] == d for p in PARAS) else "")
    print("TITLE:", s["title"])
    print(s["text"])
    print("-- dateline events:")
    for e in rec["events"]:
        mark = ""
        for i in ITEMS:
            if i["doc"] == d and i["event_id"] == e["id"]:
                mark = f'  <== item #{i["n"]}'
        print(f'  {e["id"]} @{e["sentence"]["start"]} {e["type"]}/{e["mode"]} "{e["trigger"]["text"]}" '
              f'{[actor(rec, a) for a in e["source"]]} -> {[actor(rec, a) for a in e["target"]]} '
              f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} rep={e["reported_by"] and actor(rec, e["reported_by"])}{mark}')
