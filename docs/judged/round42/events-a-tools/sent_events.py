"""List all of dateline's events in a doc whose sentence contains the given substring (duplicate check).

usage: sent_events.py RECORDS.jsonl DOC SUBSTRING
"""
import json, sys
recs, doc, sub = sys.argv[1], sys.argv[2], sys.argv[3]
for l in open(recs):
    d = json.loads(l)
    if d["id"] != doc:
        continue
    r = d["record"]
    names = {a["id"]: a.get("name") or a.get("text") for a in r.get("actors", [])}
    for e in r.get("events", []):
        if sub in e["sentence"]["text"]:
            print(e["id"], e["type"], e.get("mode"), "trig=", e["trigger"]["text"],
                  "src=", [names.get(x, x) for x in e["source"]], "tgt=", [names.get(x, x) for x in e["target"]],
                  e["date"].get("value"), e["date"].get("basis"), e["modality"])
