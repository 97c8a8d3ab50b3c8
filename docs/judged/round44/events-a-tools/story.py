"""Print the stories of the given doc ids (heldout_news2)."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j73a/data/heldout_news2/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], d['date'], d['title'])
        print(d['text'])
        print()
