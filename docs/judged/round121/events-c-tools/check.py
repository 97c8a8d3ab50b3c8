import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
ver=[json.loads(l) for l in open('events-c.jsonl')]
assert len(ver)==50
F=['event','type','source','target','date','modality']
for a,b in zip(items,ver):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
pars=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
src=[json.loads(l) for l in open('paragraphs-c.jsonl')]
assert len(pars)==6 and [p['doc'] for p in pars]==[s['doc'] for s in src]
for p,s in zip(pars,src): assert p['dateline_events']==len(s['events'])
print('ok')
