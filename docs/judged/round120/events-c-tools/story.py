import json,sys
want=sys.argv[1:]
for l in open('/work/wt/j120c/data/heldout_news37/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want:
        print('=====',d['id'],d['date'],d['title']); print(d['text']); print()
