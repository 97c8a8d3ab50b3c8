import json,sys
docs=set()
for f in ['events-b-items.jsonl','paragraphs-b.jsonl']:
    for l in open(f): docs.add(json.loads(l)['doc'])
for l in open('/work/wt/j114b/data/heldout_news34/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
