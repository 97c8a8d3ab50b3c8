import json,sys
want=sys.argv[1:]
for l in open('/work/wt/j112d/data/heldout_news33/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
