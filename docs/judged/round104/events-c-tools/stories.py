import json,sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for l in open('paragraphs-c.jsonl'):
    d=json.loads(l)['doc']
    if d not in docs: docs.append(d)
lo,hi=int(sys.argv[1]),int(sys.argv[2])
st={}
for l in open('/work/wt/j104c/data/heldout_news29/stories.jsonl'):
    s=json.loads(l); st[s['id']]=s
for i,d in enumerate(docs):
    if lo<=i<hi:
        s=st[d]; print('=====',i,d,s['date'],s['title']); print(s['text']); print()
print(len(docs))
