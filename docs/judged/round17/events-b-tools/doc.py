"""Print a story's full text and dateline's events (type, trigger, sentence start) for context."""
import json, sys
for l in open("/tmp/r17/new.jsonl"):
    r = json.loads(l)
    if r["id"] == sys.argv[1]:
        rec = r["record"]; t = rec["text"]
        print(t[: int(sys.argv[2]) if len(sys.argv) > 2 else 3000])
        for e in rec["events"]:
            print(e["id"], e["type"], repr(t[e["trigger"]["start"]:e["trigger"]["end"]]), e["sentence"]["start"])
