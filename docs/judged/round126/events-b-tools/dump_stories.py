import json
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
st={}
for l in open('/work/wt/j126b/data/heldout_news40/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: st[s['id']]=s
for d in docs:
    s=st[d]
    print('='*20,d,s['date'],s['title'])
    print(s['text'])
