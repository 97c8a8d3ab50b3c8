# print the full stories of the docs in my items and paragraphs
import json
docs=[]
for f in ('events-b-items.jsonl','paragraphs-b.jsonl'):
    for l in open(f):
        d=json.loads(l)['doc']
        if d not in docs: docs.append(d)
for l in open('/work/wt/j150b/data/heldout_news53/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
