import json,sys
docs=[]
for f in ['events-b-items.jsonl','paragraphs-b.jsonl']:
    for l in open(f):
        d=json.loads(l)
        if d['doc'] not in docs: docs.append(d['doc'])
for l in open('/work/wt/j127b/data/heldout_news41/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
