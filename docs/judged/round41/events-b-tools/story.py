"""Print held-out stories (id, date with weekday, text) for the given doc ids."""
import datetime
import json
import sys

want = set(sys.argv[1:])
for line in open("/work/wt/j66b/data/heldout_news/stories.jsonl"):
    d = json.loads(line)
    if d["id"] in want:
        wd = datetime.date.fromisoformat(d["date"]).strftime("%A")
        print(f"=== {d['id']} {d['date']} ({wd}) {d['title']}\n{d['text']}\n")
