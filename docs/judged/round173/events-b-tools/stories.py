# print the stories of my sampled docs with dateline's events (trigger/type/src/tgt/date/mod) listed
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=sorted(set(i['doc'] for i in items)|set(p['doc'] for p in paras))
want=set(sys.argv[1:]) or set(docs)
st={}
for l in open('/work/wt/j173b/data/heldout_news64/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want: st[d['id']]=d
recs={}
for l in open('/tmp/r173/heldout_news64.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in want: recs[d['id']]=d['record']
for doc in docs:
    if doc not in want: continue
    s=st[doc]; print('='*100); print(doc, s['date'], s['title']); print(s['text'])
    r=recs.get(doc,{})
    evs=r.get('events',[])
    print('--- dateline events:', len(evs))
    A={a['id']:a for a in r.get('actors',[])}
    def nm(ids): return [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" if i in A else i for i in ids]
    for e in evs:
        print(f"  {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} | {e['sentence']['text'][:90]}")
