import json,sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
docs=[]
for i in items+paras:
    if i['doc'] not in docs: docs.append(i['doc'])
st={}
for l in open('/work/wt/j104d/data/heldout_news29/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: st[s['id']]=s
out={}
for l in open('/tmp/r104/heldout_news29.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: out[r['id']]=r['record']
sel={}
for i in items: sel.setdefault(i['doc'],[]).append((i['n'],i['event_id']))
for d in docs:
    s=st[d]
    print('='*30,d,s['date'],s['title'], 'ITEMS:',sel.get(d))
    print(s['text'])
    r=out[d]
    act={a['id']:a.get('name') or a.get('text') for a in r['actors']}
    print('--- dateline events:')
    for e in r['events']:
        print(' ',e['id'],e['trigger']['text'],e['type'],[act.get(x,x) for x in e['source']],[act.get(x,x) for x in e['target']],e['date'].get('value'),e['modality'],'|',e['sentence']['text'][:70].strip())
