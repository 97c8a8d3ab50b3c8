"""Print the held-out stories with the given ids (judge d context reading)."""
import json, sys
ids = set(sys.argv[1:])
for l in open('/work/wt/j73d/data/heldout_news2/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in ids:
        print('=====', d['id'], d['date'], d['title']); print(d['text']); print()
