import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j117d/data/heldout_news36/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        print('=====', r['id'], r['date'], r['title'])
        print(r['text'])
