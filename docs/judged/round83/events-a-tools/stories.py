import json, sys, datetime
items=[json.loads(l) for l in open('events-a-items.jsonl')]
docs=[]
for i in items:
    if i['doc'] not in docs: docs.append(i['doc'])
for l in open('paragraphs-a.jsonl'):
    d=json.loads(l)['doc']
    if d not in docs: docs.append(d)
S={}
for l in open('/work/wt/j83a/data/heldout_news19/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: S[d['id']]=d
for d in docs:
    s=S[d]; print('=====',d,s['date'],'(%s)'%datetime.date.fromisoformat(s['date']).strftime('%A'),s['title']); print(s['text']); print()
