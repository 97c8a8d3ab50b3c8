"""Print an article's text (first N chars) and its events' triggers/types."""
import json, sys
want = sys.argv[2]; n = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["id"] == want:
        rec = r["record"]; print(rec["text"][:n]); print("--")
        for e in rec["events"]:
            print(e["id"], e["type"], repr(e["trigger"].get("text")), e["sentence"]["start"], e["date"].get("value"), e["modality"])
