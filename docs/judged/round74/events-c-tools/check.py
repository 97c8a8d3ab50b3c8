import json
F=['event','type','source','target','date','modality']
items=[json.loads(l) for l in open('events-c-items.jsonl')]
ver=[json.loads(l) for l in open('events-c.jsonl')]
assert len(ver)==50
for a,b in zip(items,ver):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
pl=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]; assert len(pl)==6
cnt={f:sum(b['verdict'][f] for b in ver) for f in F+['all']}
print(cnt)
