"""Print the story text of the given docs from the synthetic stories file."""
import json, sys
want = set(sys.argv[2:])
for l in open(sys.argv[1]):
    d = json.loads(l)
    if d.get("id") in want:
        print("=====", d["id"]); print(d.get("text") or d)
