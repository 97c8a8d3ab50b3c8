import json,sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
order=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in order: order.append(d)
st={}
for l in open('/work/wt/j143c/data/heldout_news49/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in order: st[s['id']]=s
for d in order:
    s=st[d]
    print('=====',d,s['date'],s['title'])
    print(s['text'])
    print()
