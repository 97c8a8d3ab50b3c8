"""Print each sampled story (items + lead paragraphs of judge a) with all of dateline's events, by sentence.

usage (from docs/judged/round158): python events-a-tools/stories.py > /tmp/j158a_stories.txt
"""
import json

ITEMS = [json.loads(l) for l in open("events-a-items.jsonl")]
PARAS = [json.loads(l) for l in open("paragraphs-a.jsonl")]
docs = []
for d in [i["doc"] for i in ITEMS] + [p["doc"] for p in PARAS]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open("/work/wt/j158a/data/heldout_news57/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r158/heldout_news57.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]


def act(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid


for d in docs:
    s, rec = stories[d], recs[d]
    mine = [i["n"] for i in ITEMS if i["doc"] == d]
    print("=" * 100)
    print(d, s["date"], s["title"], "items:", mine, "lead" if d in [p["doc"] for p in PARAS] else "")
    print(s["text"])
    print("--- events")
    for e in rec["events"]:
        mark = ""
        for i in ITEMS:
            if i["doc"] == d and i["event_id"] == e["id"]:
                mark = f'  <<< ITEM {i["n"]}'
        print(f'{e["id"]} [{e["trigger"]["text"]}] {e["type"]}/{e["mode"]} {[act(rec,x) for x in e["source"]]} -> '
              f'{[act(rec,x) for x in e["target"]]} date={e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} '
              f'rep={e["reported_by"] and act(rec, e["reported_by"])}{mark}')
        print("      S:", e["sentence"]["text"][:160].replace("\n", " "))
