"""Print the held-out stories (date, title, text) for the doc ids given."""
import json, sys
want = set(sys.argv[1:])
for line in open('/work/wt/j47b/data/heldout_news3/stories.jsonl'):
    d = json.loads(line)
    if d['id'] in want:
        print('=====', d['id'], d['date'], d.get('title'))
        print(d['text'])
        print()
