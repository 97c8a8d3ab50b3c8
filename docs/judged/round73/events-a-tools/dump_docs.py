"""Dump each sampled doc: story text, then all dateline events (actors resolved), marking sampled items.
usage: python events-a-tools/dump_docs.py > /tmp/j73a_docs.txt
"""
import json
HERE = "/work/wt/j73a/docs/judged/round73/"
items = [json.loads(l) for l in open(HERE + "events-a-items.jsonl")]
paras = [json.loads(l) for l in open(HERE + "paragraphs-a.jsonl")]
docs = []
for i in items:
    if i["doc"] not in docs: docs.append(i["doc"])
for p in paras:
    if p["doc"] not in docs: docs.append(p["doc"])
stories = {}
for l in open("/work/wt/j73a/data/heldout_news14/stories.jsonl"):
    d = json.loads(l)
    if d["id"] in docs: stories[d["id"]] = d
recs = {}
for l in open("/tmp/r73/heldout_news14.judge.jsonl"):
    d = json.loads(l)
    if d["id"] in docs: recs[d["id"]] = d["record"]
samp = {}
for i in items: samp[(i["doc"], i["event_id"])] = i["n"]
pdocs = {p["doc"] for p in paras}
for doc in docs:
    s, r = stories[doc], recs[doc]
    print("=" * 100)
    print(doc, s["date"], "|", s["title"], "| PARAGRAPH-SAMPLE" if doc in pdocs else "")
    print(s["text"])
    print("-" * 40)
    act = {a["id"]: f'{a["name"]}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]' for a in r["actors"]}
    for e in r["events"]:
        mark = f'  <<#{samp[(doc, e["id"])]}>>' if (doc, e["id"]) in samp else ""
        print(f'{e["id"]}{mark} {e["type"]}/{e["mode"]} trig="{e["trigger"]["text"]}" src={[act.get(x,x) for x in e["source"]]} tgt={[act.get(x,x) for x in e["target"]]} date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]} rep={e.get("reported_by")}')
        print("      SENT:", e["sentence"]["text"].strip()[:300])
