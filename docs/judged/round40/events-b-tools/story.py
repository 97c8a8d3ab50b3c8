"""Print the story text of the given docs (only those) from data/synthetic_stories/test.jsonl."""
import json
import sys

want = set(sys.argv[2:])
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("id") in want:
        print(f"===== {r['id']}")
        print(r.get("text") or r)
