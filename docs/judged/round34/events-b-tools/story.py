"""Print the stories of the given doc ids (judge b context reading)."""
import json
import sys

path = "/work/wt/j53rb/data/synthetic_stories/test.jsonl"
want = set(sys.argv[1:])
for line in open(path):
    d = json.loads(line)
    did = d.get("id") or d.get("doc") or d.get("doc_id")
    if did in want:
        print("=" * 20, did)
        print(d.get("text") or d.get("story"))
