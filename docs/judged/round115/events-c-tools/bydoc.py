"""Print, per sampled doc, the full story, then each sampled item and all dateline events of the same sentence.

usage: bydoc.py RECORDS.jsonl ITEMS.jsonl STORIES.jsonl [DOC ...]
"""
import json
import sys

recs = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    recs[d["id"]] = d["record"]
items = [json.loads(l) for l in open(sys.argv[2])]
stories = {}
for line in open(sys.argv[3]):
    d = json.loads(line)
    stories[d["id"]] = d
want = sys.argv[4:]
docs = []
for it in items:
    if it["doc"] not in docs:
        docs.append(it["doc"])
if want:
    docs = [d for d in docs if d in want]


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid


for doc in docs:
    s = stories[doc]
    rec = recs[doc]
    print("=" * 100)
    print(doc, s["date"], s["title"])
    print(s["text"])
    print("-" * 40)
    for it in items:
        if it["doc"] != doc:
            continue
        print(f'#{it["n"]} {it["event_id"]} trig="{it["trigger"]}" {it["type"]}/{it["mode"]} cameo={it["cameo"]}')
        print(f'   SENT: {it["sentence"].strip()}')
        print(f'   src={it["source"]} tgt={it["target"]} date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
        sent = it["sentence"]
        for ev in rec["events"]:
            if ev["sentence"]["text"] == sent and ev["id"] != it["event_id"]:
                print(f'      same-sent {ev["id"]} "{ev["trigger"]["text"]}" {ev["type"]}/{ev["mode"]} '
                      f'src={[actor(rec, a) for a in ev["source"]]} tgt={[actor(rec, a) for a in ev["target"]]} '
                      f'date={ev["date"]["value"]} mod={ev["modality"]}')
