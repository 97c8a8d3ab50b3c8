import json,sys
docs=[]
for l in open('events-d-items.jsonl'):
    d=json.loads(l)['doc']
    if d not in docs: docs.append(d)
for l in open('paragraphs-d.jsonl'):
    d=json.loads(l)['doc']
    if d not in docs: docs.append(d)
S={}
for l in open('/work/wt/j99d/data/heldout_news27/stories.jsonl'):
    s=json.loads(l); S[s['id']]=s
a,b=int(sys.argv[1]),int(sys.argv[2])
for d in docs[a:b]:
    s=S[d]; print('#####',d,s['date'],s['title']); print(s['text']); print()
