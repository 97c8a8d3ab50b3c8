"""Print the stories of given doc ids from the synthetic test set."""
import json, sys
ids = set(sys.argv[1:])
for line in open('/work/wt/j55rb/data/synthetic_stories/test.jsonl'):
    d = json.loads(line)
    if d['id'] in ids:
        print('=====', d['id'], '|', d['title'])
        print(d['text'])
        print()
