"""Print each sampled story (text + title + date) and all dateline events in it, compactly."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
pars=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in pars]:
    if d not in docs: docs.append(d)
want=set(sys.argv[1:]) or set(docs)
stories={}
for l in open('/work/wt/j105c/data/heldout_news30/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want: stories[s['id']]=s
recs={}
for l in open('/tmp/r105/heldout_news30.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in want: recs[r['id']]=r['record']
sampled={}
for i in items: sampled.setdefault(i['doc'],{})[i['event_id']]=i['n']
for d in docs:
    if d not in want: continue
    s=stories[d]; rec=recs[d]
    print('='*100); print(d, s['date'], '|', s['title']); print(s['text']); print('-'*40)
    acts={a['id']:a for a in rec['actors']}
    def nm(ids): return [f"{acts[x]['name']}[{acts[x].get('country')}/{acts[x].get('sector')}]" if x in acts else x for x in ids]
    for e in rec['events']:
        mark=' <<#%d'%sampled[d][e['id']] if e['id'] in sampled.get(d,{}) else ''
        print(f"{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {e['cameo']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={nm([e['reported_by']]) if e['reported_by'] else None}{mark}")
        print('     S:', e['sentence']['text'].strip()[:300])
