"""Print the full stories of the given doc ids (read-only helper)."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j146d/data/heldout_news51/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        print('=====', s['id'], s['date'], s['title']); print(s['text']); print()
