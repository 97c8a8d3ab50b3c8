"""For each sampled item, list every dateline event in the same sentence (duplicate check).

usage: python events-c-tools/samesent.py /tmp/r139/heldout_news47.judge.jsonl events-c-items.jsonl
"""
import json
import sys

recs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return "%s[%s/%s]" % (a["name"], a.get("country"), a.get("sector"))
    return aid

for line in open(sys.argv[2]):
    it = json.loads(line)
    rec = recs[it["doc"]]
    me = next(e for e in rec["events"] if e["id"] == it["event_id"])
    same = [e for e in rec["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print("#%d %s %s trig=%s" % (it["n"], it["doc"], it["event_id"], it["trigger"]))
    for e in same:
        mark = "*" if e["id"] == me["id"] else " "
        print("   %s %s %s/%s trig=%r src=%s tgt=%s date=%s mod=%s" % (
            mark, e["id"], e["type"], e["mode"], e["trigger"]["text"],
            [actor(rec, a) for a in e["source"]], [actor(rec, a) for a in e["target"]],
            e["date"]["value"], e["modality"]))
