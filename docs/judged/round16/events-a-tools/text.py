"""Print the full text of documents and their events (type, trigger, sentence start)."""
import json, sys
want = set(sys.argv[1:])
for line in open("/tmp/r16/new.jsonl"):
    r = json.loads(line)
    if r["id"] in want:
        rec = r["record"]
        print("#####", r["id"]); print(rec["text"])
        for e in rec["events"]:
            t = rec["text"]
            print("  ", e["id"], e["type"], repr(t[e["trigger"]["start"]:e["trigger"]["end"]]), "@", e["sentence"]["start"])
