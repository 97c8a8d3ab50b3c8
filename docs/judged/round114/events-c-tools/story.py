import json,sys
want=sys.argv[1:]
for l in open('/work/wt/j114c/data/heldout_news34/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want:
        print('=====',d['id'],d['date'],d['title']); print(d['text']); print()
