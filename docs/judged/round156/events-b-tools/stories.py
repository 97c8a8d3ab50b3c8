# print the full stories of the docs sampled for judge b (items + paragraphs), in item order
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
docs=[]
for i in items:
    if i['doc'] not in docs: docs.append(i['doc'])
for l in open('paragraphs-b.jsonl'):
    d=json.loads(l)
    if d['doc'] not in docs: docs.append(d['doc'])
st={}
for l in open('/work/wt/j156b/data/heldout_news55/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: st[d['id']]=d
for doc in docs:
    d=st[doc]
    ns=[i['n'] for i in items if i['doc']==doc]
    print('='*20, doc, d['date'], 'items', ns)
    print('TITLE:', d['title'])
    print(d['text'])
    print()
