import json, random
SEED=20261205
rng=random.Random(SEED)
out=[]
for fn,tag in [('mt.out.jsonl','meantime'),('st.out.jsonl','stories')]:
    recs=[json.loads(l) for l in open('/tmp/j8/'+fn)]
    pool=[(r,e) for r in recs for e in r['events']]
    for r,e in rng.sample(pool,40):
        A={a['id']:a for a in r['actors']}
        T={t['id']:t for t in r['times']}
        def act(ids): return [f"{A[i]['name']}|{A[i]['country']}|{A[i]['sector']}|{A[i]['kind']}" for i in ids]
        s=e['sentence']
        out.append(dict(corpus=tag, doc=r['source']['id'], doc_date=r['document_date'], sentence=r['text'][s['start']:s['end']],
            event=dict(id=e['id'],type=e['type'],mode=e['mode'],cameo=e['cameo'],trigger=e['trigger']['text'],source=act(e['source']),target=act(e['target']),
            date=dict(value=e['date']['value'],basis=e['date']['basis']),modality=e['modality'],reported_by=act([e['reported_by']]) if e.get('reported_by') else None,rule=e['rule'])))
json.dump(out,open('/tmp/j8/sample.json','w'),indent=1)
for i,o in enumerate(out):
    e=o['event']
    print(f"#{i} [{o['corpus']} {o['doc']} {o['doc_date']}] {o['sentence']}\n   -> {e['type']}/{e['mode']} trig={e['trigger']!r} src={e['source']} tgt={e['target']} date={e['date']} mod={e['modality']} rep={e['reported_by']} rule={e['rule']}\n")
