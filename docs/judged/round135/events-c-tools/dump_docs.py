"""Print each sampled story with all of dateline's events in it (sampled items marked).

usage: dump_docs.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl STORIES.jsonl > out.txt
"""
import json, sys

recs_path, items_path, paras_path, stories_path = sys.argv[1:5]
items = [json.loads(l) for l in open(items_path)]
paras = [json.loads(l) for l in open(paras_path)]
docs = []
for x in items + paras:
    if x["doc"] not in docs:
        docs.append(x["doc"])
marked = {(i["doc"], i["event_id"]): i["n"] for i in items}
pdocs = {p["doc"] for p in paras}
stories = {}
for l in open(stories_path):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open(recs_path):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]


def actor(rec, aid):
    for a in rec.get("actors", []):
        if a.get("id") == aid:
            return "%s[%s/%s]" % (a.get("name") or a.get("text"), a.get("country"), a.get("sector"))
    return aid


for d in docs:
    s, rec = stories[d], recs[d]
    print("=" * 100)
    print(d, s["date"], s.get("title"), "(PARAGRAPH ITEM)" if d in pdocs else "")
    print(s["text"])
    print("-- dateline events:")
    for e in rec.get("events", []):
        tag = "#%d" % marked[(d, e["id"])] if (d, e["id"]) in marked else "  "
        print("%s %s %s/%s trig=%r src=%s tgt=%s date=%s(%s) mod=%s | %s" % (
            tag, e["id"], e["type"], e["mode"], e["trigger"]["text"],
            [actor(rec, a) for a in e["source"]], [actor(rec, a) for a in e["target"]],
            e["date"]["value"] if e.get("date") else None, e["date"]["basis"] if e.get("date") else None,
            e["modality"], e["sentence"]["text"][:90]))
