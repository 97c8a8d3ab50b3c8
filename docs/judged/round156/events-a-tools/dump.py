"""Dump the stories of the sampled docs with dateline's events per sentence (for context and the duplicate check).

usage: dump.py ITEMS.jsonl RECORDS.jsonl STORIES.jsonl > out.txt
"""
import json, sys

items = [json.loads(l) for l in open(sys.argv[1])]
docs = []
for it in items:
    if it["doc"] not in docs:
        docs.append(it["doc"])
for extra in [json.loads(l)["doc"] for l in open(sys.argv[1].replace("events-a-items", "paragraphs-a"))]:
    if extra not in docs:
        docs.append(extra)
recs = {}
for l in open(sys.argv[2]):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]
stories = {}
for l in open(sys.argv[3]):
    d = json.loads(l)
    if d["id"] in docs:
        stories[d["id"]] = d
for doc in docs:
    r = recs[doc]
    s = stories[doc]
    actors = {a["id"]: a for a in r.get("actors", [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append("%s[%s]" % (a.get("name") or a.get("text"), a.get("country")))
        return out
    print("=" * 100)
    print(doc, s["date"], s.get("title"))
    print(s["text"])
    print("-- dateline events:")
    mine = {it["event_id"]: it["n"] for it in items if it["doc"] == doc}
    for e in r["events"]:
        tag = ("  <<ITEM #%d" % mine[e["id"]]) if e["id"] in mine else ""
        print(" %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s%s" % (
            e["id"], e["type"], e["mode"], e["trigger"]["text"], nm(e["source"]), nm(e["target"]),
            e["date"]["value"], e["date"]["basis"], e["modality"], tag))
        print("     SENT:", e["sentence"]["text"][:200].replace("\n", " "))
