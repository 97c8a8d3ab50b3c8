import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
order=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in order: order.append(d)
st={}
for l in open('/work/wt/j117a/data/heldout_news36/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in order: st[d['id']]=d
for d in order:
    s=st[d]
    ns=[i['n'] for i in items if i['doc']==d]
    print('='*20,d,s['date'],'items',ns)
    print(s['title']); print(s['text']); print()
