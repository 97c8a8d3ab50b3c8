# print full stories of sampled docs + all dateline events per doc (trigger/type/src/tgt) for duplicate check
import json,sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j99c/data/heldout_news27/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r99/heldout_news27.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r
sel=sys.argv[1:] or docs
for d in sel:
    s=stories[d]
    print('='*30,d,s['date'],s['title'])
    print(s['text'])
    print('--- items:',[i['n'] for i in items if i['doc']==d])
    rec=recs[d]['record']
    evs=rec.get('events',[])
    A={a['id']:a for a in rec['actors']}
    f=lambda ids:[f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" for i in ids]
    for e in evs:
        print(f"  {e['id']} '{e['trigger']['text']}'@{e['sentence']['start']} {e['type']}/{e['mode']} {f(e['source'])} -> {f(e['target'])} date={e['date']['value']}/{e['date']['basis']} {e['modality']} rep={f([e['reported_by']]) if e['reported_by'] else None}")
