import json, random
rng = random.Random(20261203)
def load(p):
    return [json.loads(l) for l in open(p)]
def flat(recs, corpus):
    out=[]
    for r in recs:
        if 'error' in r: continue
        acts={a['id']:a for a in r['actors']}
        txt=r['text']
        for e in r['events']:
            s=e['sentence']; t=e['trigger']
            def A(ids): return [f"{acts[i]['name']}|{acts[i].get('country')}|{acts[i].get('sector')}|{acts[i]['kind']}" for i in ids]
            out.append(dict(corpus=corpus, doc=r['source'].get('id'), dct=r['document_date'], dsrc=r['document_date_source'],
              sentence=txt[s['start']:s['end']], trigger=txt[t['start']:t['end']], type=e['type'], mode=e.get('mode'), cameo=e.get('cameo'),
              source=A(e['source']), target=A(e['target']), date={k:e['date'].get(k) for k in ('value','start','basis')},
              modality=e['modality'], reported_by=(A([e['reported_by']]) if e.get('reported_by') else None), rule=e['rule'], eid=e['id']))
    return out
mt=flat(load('/tmp/j6e/mt.out.jsonl'),'meantime'); st=flat(load('/tmp/j6e/st.out.jsonl'),'stories')
print(len(mt), len(st))
smp=rng.sample(mt,40)+rng.sample(st,40)
json.dump(smp, open('/tmp/j6e/sample.json','w'), indent=1)
for i,x in enumerate(smp):
    print(f"#{i} [{x['corpus']} {x['doc']} dct={x['dct']}/{x['dsrc']}] {x['eid']} {x['type']}/{x['mode']} trig='{x['trigger']}' mod={x['modality']} date={x['date']}\n  SRC={x['source']} TGT={x['target']} RB={x['reported_by']}\n  S: {x['sentence']}")
