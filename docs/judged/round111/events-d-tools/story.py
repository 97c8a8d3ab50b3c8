"""Print the full stories (date, title, text) of the given doc ids."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j111d/data/heldout_news33/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=' * 20, d['id'], d['date'], d.get('title'))
        print(d['text'])
