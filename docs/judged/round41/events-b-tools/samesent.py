"""For items n (argv), list every dateline event whose sentence is the item's sentence (duplicate check)."""
import json
import sys

recs = {}
for line in open("/tmp/main66/heldout.jsonl"):
    r = json.loads(line)
    recs[r["id"]] = r["record"]
items = [json.loads(line) for line in open("events-b-items.jsonl")]
want = {int(x) for x in sys.argv[1:]} or {i["n"] for i in items}
for it in items:
    if it["n"] not in want:
        continue
    rec = recs[it["doc"]]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for ev in rec["events"]:
        s = ev["sentence"]
        if rec["text"][s["start"]:s["end"]].strip() == it["sentence"].strip():
            keys = {k: ev.get(k) for k in ("id", "event_id", "trigger", "type", "mode")}
            print("   ", keys, [a.get("text", a) if isinstance(a, dict) else a for a in (ev.get("source") or [])][:2],
                  [a.get("text", a) if isinstance(a, dict) else a for a in (ev.get("target") or [])][:2])
