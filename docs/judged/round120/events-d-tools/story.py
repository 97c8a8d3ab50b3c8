"""Print the full stories (date, title, text) of the given doc ids from heldout_news37."""
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j120d/data/heldout_news37/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=' * 20, d['id'], d['date'], d['title'])
        print(d['text'])
