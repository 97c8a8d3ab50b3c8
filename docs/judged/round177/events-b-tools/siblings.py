"""For each sampled item, list every dateline event in the same sentence (duplicate check).

usage: siblings.py RECORDS.jsonl ITEMS.jsonl
"""
import json, sys

recs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    recs[r["id"]] = r["record"]

def actor(rec, aid):
    a = next((x for x in rec["actors"] if x["id"] == aid), None)
    return a.get("name", aid) if a else aid

for line in open(sys.argv[2]):
    it = json.loads(line)
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    sibs = [e for e in rec["events"] if e["sentence"]["start"] == ev["sentence"]["start"]]
    print("#%d %s %s" % (it["n"], it["doc"], it["event_id"]))
    for e in sibs:
        mark = "*" if e["id"] == ev["id"] else " "
        print("  %s %s %-10s %-12s %s -> %s" % (mark, e["id"], e["trigger"]["text"], e["type"],
              [actor(rec, a) for a in e["source"]], [actor(rec, a) for a in e["target"]]))
