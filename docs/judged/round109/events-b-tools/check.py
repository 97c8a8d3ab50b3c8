import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
F=['event','type','source','target','date','modality']
it=[json.loads(l) for l in open('events-b-items.jsonl')]
ev=[json.loads(l) for l in open('events-b.jsonl')]
assert len(ev)==50
for a,b in zip(it,ev):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
cnt={f:sum(b['verdict'][f] for b in ev) for f in F+['all']}
print(cnt)
P=[json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(P)==6
print({k:sum(len(p['coder_events']) if k=='coder_events' else p[k] for p in P) for k in ['coder_events','found','dateline_events','spurious']})
