"""List, for each sampled event, the other dateline events whose sentence is the same (duplicate check)."""
import json, sys
recs = {json.loads(l)["id"]: json.loads(l)["record"] for l in open(sys.argv[1])}
for l in open(sys.argv[2]):
    it = json.loads(l); r = recs[it["doc"]]
    ev = {e["id"]: e for e in r["events"]}; me = ev[it["event_id"]]
    names = {a["id"]: a["name"] for a in r["actors"]}
    others = [e for e in r["events"] if e["id"] != me["id"] and e["sentence"]["start"] == me["sentence"]["start"]]
    print(it["n"], it["doc"], me["id"], me["type"], me["trigger"]["text"], "| others:",
          [(e["id"], e["type"], e["trigger"]["text"], [names.get(x) for x in e["source"]], [names.get(x) for x in e["target"]]) for e in others])
