import json,sys
docs=sys.argv[1:]
for l in open('/work/wt/j105b/data/heldout_news30/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
