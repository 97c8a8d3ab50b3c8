import json,sys
want=set(sys.argv[1:])
for l in open('/work/wt/j74c/data/heldout_news14/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want:
        print('=====',d['id'],d['date'],d.get('title'))
        print(d['text']); print()
