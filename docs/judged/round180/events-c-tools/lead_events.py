"""Count dateline's events whose sentence starts inside each sampled story's first paragraph.
usage: lead_events.py RECORDS.jsonl PARAGRAPHS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r["id"]] = r["record"]
for l in open(sys.argv[2]):
    p = json.loads(l); rec = recs[p["doc"]]
    end = rec["text"].index(p["paragraph"][:60]) + len(p["paragraph"])
    evs = [(e["id"], e["type"], e["trigger"]["text"]) for e in rec["events"] if e["sentence"]["start"] < end]
    print(p["doc"], "lead ends at", end, "events:", evs)
