# Print the full stories of the sampled docs (items + paragraphs), in item order.
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
docs=[]
for i in items:
    if i['doc'] not in docs: docs.append(i['doc'])
for l in open('paragraphs-c.jsonl'):
    d=json.loads(l)['doc']
    if d not in docs: docs.append(d)
st={}
for l in open('/work/wt/j164c/data/heldout_news59/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: st[s['id']]=s
for d in docs:
    s=st[d]
    ns=[i['n'] for i in items if i['doc']==d]
    print('='*20, d, s['date'], 'items', ns)
    print('TITLE:', s['title'])
    print(s['text'])
    print()
