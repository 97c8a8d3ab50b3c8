"""Print full stories (with date and title) for the given doc ids."""
import json, sys
want = set(sys.argv[1:])
for line in open('/work/wt/j141a/data/heldout_news48/stories.jsonl'):
    s = json.loads(line)
    if s['id'] in want:
        print('=====', s['id'], s['date'], '|', s['title']); print(s['text']); print()
