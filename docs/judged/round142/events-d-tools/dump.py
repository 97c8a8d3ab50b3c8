"""Dump, for each of judge d's docs, the story text and all dateline events in it (items marked).

usage (from docs/judged/round142): python3 events-d-tools/dump.py > /tmp/j142d-dump.txt
"""
import json

ITEMS = [json.loads(l) for l in open("events-d-items.jsonl")]
PARAS = [json.loads(l) for l in open("paragraphs-d.jsonl")]
docs = []
for x in ITEMS + PARAS:
    if x["doc"] not in docs:
        docs.append(x["doc"])
stories = {}
for l in open("/work/wt/j142d/data/heldout_news48/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r141/heldout_news48.judge.jsonl"):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]
mark = {(x["doc"], x["event_id"]): x["n"] for x in ITEMS}


def actor(r, aid):
    for a in r["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid


for doc in docs:
    s, r = stories[doc], recs[doc]
    print("=" * 100)
    print(doc, s["date"], "|", s["title"], "| paragraph doc" if doc in [p["doc"] for p in PARAS] else "")
    print(s["text"])
    print("--- dateline events")
    for e in r["events"]:
        n = mark.get((doc, e["id"]))
        tag = f"#{n}" if n else "  "
        print(f'{tag:4} {e["id"]:4} s@{e["sentence"]["start"]:<5} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
              f'src={[actor(r, a) for a in e["source"]]} tgt={[actor(r, a) for a in e["target"]]} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]} '
              f'rep={actor(r, e["reported_by"]) if e["reported_by"] else None} | {e["sentence"]["text"][:90].strip()}')
