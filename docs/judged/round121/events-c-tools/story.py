import json,sys
docs=sys.argv[1:]
for l in open('/work/wt/j121c/data/heldout_news38/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
