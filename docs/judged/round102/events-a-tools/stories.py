import json,sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for i in items+paras:
    if i['doc'] not in docs: docs.append(i['doc'])
st={}
for l in open('/work/wt/j102a/data/heldout_news28/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: st[s['id']]=s
sel=docs[int(sys.argv[1]):int(sys.argv[2])]
for d in sel:
    s=st[d]
    print('='*20,d,s['date'],s['title'])
    print(s['text'])
    print('items:',[ (i['n'],i['event_id'],i['trigger']) for i in items if i['doc']==d])
