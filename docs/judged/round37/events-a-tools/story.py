"""Print the text of given story ids from data/synthetic_stories/test.jsonl."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j59ra/data/synthetic_stories/test.jsonl'):
    d = json.loads(l)
    if d.get('id') in want:
        print('=====', d['id']); print(d.get('text')); print()
