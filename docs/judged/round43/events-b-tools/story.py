"""Print the stories of the given doc ids (held-out news), with the document date."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j71b/data/heldout_news/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], d['date'], '|', d['title'])
        print(d['text'])
