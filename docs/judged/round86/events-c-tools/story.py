"""Print the stories of the given doc ids."""
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j86c/data/heldout_news20/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], d['date'], d['title'])
        print(d['text']); print()
