"""Print the full stories of the given doc ids (date, title, text)."""
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j81d/data/heldout_news18/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], d['date'], d['title'])
        print(d['text'])
        print()
