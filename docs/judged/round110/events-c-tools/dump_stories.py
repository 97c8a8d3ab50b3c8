import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for i in items+paras:
    if i['doc'] not in docs: docs.append(i['doc'])
want=set(docs)
st={}
for l in open('/work/wt/j110c/data/heldout_news32/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want: st[s['id']]=s
for d in sorted(docs):
    s=st[d]
    print('='*30, d, s['date'], s['title'])
    print(s['text'])
