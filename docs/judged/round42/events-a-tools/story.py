"""Print the held-out stories of the given doc ids (date, title, text)."""
import json, sys
want = set(sys.argv[1:])
for l in open("/work/wt/j68a/data/heldout_news/stories.jsonl"):
    d = json.loads(l)
    if d["id"] in want:
        print("=" * 20, d["id"], d["date"], "|", d["title"])
        print(d["text"])
