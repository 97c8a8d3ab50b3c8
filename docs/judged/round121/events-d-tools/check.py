import json
items=[json.loads(l) for l in open('events-d-items.jsonl')]
ver=[json.loads(l) for l in open('events-d.jsonl')]
K=["event","type","source","target","date","modality"]
assert len(ver)==50
for a,b in zip(items,ver):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in K)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
par=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(par)==6
print('ok')
