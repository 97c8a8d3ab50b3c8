import json,sys
want=sys.argv[1:]
for l in open('/work/wt/j65a/data/heldout_news10/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want:
        print('=====',d['id'],d['date'],d.get('title'))
        print(d['text'])
