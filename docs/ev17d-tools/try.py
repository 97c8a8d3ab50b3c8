"""ev17d: print events and times for short texts given on stdin, one text per blank-line block."""
import json
import sys

import dateline

texts = [t.strip() for t in sys.stdin.read().split("\n\n") if t.strip()]
for t in texts:
    r = dateline.extract(t, date="2023-06-15")
    js = r.to_json() if hasattr(r, "to_json") else r
    if isinstance(js, str):
        js = json.loads(js)
    print("==", t[:120])
    for tm in js.get("times", []):
        print("   T", tm.get("text"), tm.get("value"), tm.get("type"), tm.get("rule"))
    for e in js.get("events", []):
        print("   E", e.get("trigger", {}).get("text") if isinstance(e.get("trigger"), dict) else e.get("trigger"), e.get("type"), e.get("date"), e.get("rule"))
