import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
want=[]
for it in items:
    if it['doc'] not in want: want.append(it['doc'])
for p in paras:
    if p['doc'] not in want: want.append(p['doc'])
sel=sys.argv[1:] 
st={}
for l in open('/work/wt/j103d/data/heldout_news29/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want: st[s['id']]=s
for d in want:
    if sel and d not in sel: continue
    s=st[d]
    ns=[str(it['n']) for it in items if it['doc']==d]
    print('=====',d,s['date'],'items',','.join(ns) or 'PARA')
    print(s['title']); print(s['text']); print()
