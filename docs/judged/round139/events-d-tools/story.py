import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j139d/data/heldout_news47/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        print('=====', r['id'], r['date'], r.get('title'))
        print(r['text'])
