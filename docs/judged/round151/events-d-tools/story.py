import json, sys
ids = set(sys.argv[1:])
for l in open('/work/wt/j151d/data/heldout_news52/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in ids:
        print('===', s['id'], s['date'], s['title'])
        print(s['text'])
        print()
