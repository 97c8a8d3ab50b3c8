"""Dump, for each doc in my items/paragraphs, the story text and all dateline events (marking sampled items).

usage: dump_docs.py > /tmp/j144c_docs.txt
"""
import json

STORIES = "/work/wt/j144c/data/heldout_news49/stories.jsonl"
RECORDS = "/tmp/r143/heldout_news49.judge.jsonl"
items = [json.loads(l) for l in open("events-c-items.jsonl")]
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
docs = []
for d in items + paras:
    if d["doc"] not in docs:
        docs.append(d["doc"])
mine = {(i["doc"], i["event_id"]): i["n"] for i in items}
pdocs = {p["doc"] for p in paras}
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
for doc in docs:
    s = stories[doc]
    r = recs[doc]
    actors = {a["id"]: a for a in r["actors"]}
    def fa(ids):
        out = []
        for i in ids:
            a = actors.get(i)
            out.append(f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else i)
        return out
    print("=" * 100)
    print(doc, s["date"], "PARA" if doc in pdocs else "", "|", s["title"])
    print(s["text"])
    print("--- events")
    for e in r["events"]:
        tag = f"  <<ITEM #{mine[(doc, e['id'])]}>>" if (doc, e["id"]) in mine else ""
        rb = actors.get(e["reported_by"], {}).get("name") if e.get("reported_by") else None
        print(f"{e['id']}{tag} [{e['trigger']['text']}] {e['type']}/{e['mode']} src={fa(e['source'])} tgt={fa(e['target'])} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={rb}")
        print("     S:", e["sentence"]["text"].strip()[:300])
