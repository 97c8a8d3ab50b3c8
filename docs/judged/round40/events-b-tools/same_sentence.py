"""For each sampled item, list dateline's other events in the same sentence (duplicate check)."""
import json
import sys

items = [json.loads(l) for l in open(sys.argv[2])]
docs = {i["doc"] for i in items}
recs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
for it in items:
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    others = [e for e in rec["events"] if e["sentence"]["start"] == ev["sentence"]["start"] and e["id"] != ev["id"]]
    t = rec["text"]
    print(it["n"], it["doc"], it["event_id"], it["type"], "| others:",
          [(e["id"], e["type"], t[e["trigger"]["start"]:e["trigger"]["end"]]) for e in others])
