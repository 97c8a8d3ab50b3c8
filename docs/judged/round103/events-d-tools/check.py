import json
F=["event","type","source","target","date","modality"]
items=[json.loads(l) for l in open('events-d-items.jsonl')]
out=[json.loads(l) for l in open('events-d.jsonl')]
assert len(out)==50
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
cnt={f:sum(o['verdict'][f] for o in out) for f in F+['all']}
print(cnt)
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
pv=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pv)==6
for p,q in zip(paras,pv):
    assert p['doc']==q['doc'] and len(p['events'])==q['dateline_events'], (p['doc'],len(p['events']),q['dateline_events'])
print({k:sum(len(q[k]) if k=='coder_events' else q[k] for q in pv) for k in ['coder_events','found','dateline_events','spurious']})
print("ok")
