"""For each sampled event list all dateline events in the same sentence (duplicate check)."""
import json, sys
S = [json.loads(l) for l in open(sys.argv[1])]
need = {s["doc"] for s in S}
recs = {}
for line in open("/tmp/r14/new.jsonl"):
    r = json.loads(line)
    if r["id"] in need:
        recs[r["id"]] = r["record"]
for s in S:
    rec = recs[s["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == s["event_id"])
    same = [e for e in rec["events"] if e["sentence"]["start"] == ev["sentence"]["start"]]
    if len(same) > 1:
        t = rec["text"]
        print(s["n"], [(e["id"], t[e["trigger"]["start"]:e["trigger"]["end"]], e["type"]) for e in same])
