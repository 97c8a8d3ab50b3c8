"""Print the full stories of the given doc ids, with the weekday of the document date."""
import json, sys, datetime
want = sys.argv[1:]
for l in open('/work/wt/j105a/data/heldout_news30/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        d = datetime.date.fromisoformat(s['date'])
        print(f"=== {s['id']} {s['date']} ({d.strftime('%A')}) {s['title']}")
        print(s['text']); print()
