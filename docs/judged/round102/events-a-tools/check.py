import json
F=["event","type","source","target","date","modality"]
items=[json.loads(l) for l in open('events-a-items.jsonl')]
ver=[json.loads(l) for l in open('events-a.jsonl')]
assert len(ver)==50
for i,v in zip(items,ver):
    assert (i['n'],i['doc'],i['trigger'])==(v['n'],v['doc'],v['trigger'])
    assert {k:v[k] for k in i}==i
    vd=v['verdict']; assert vd['all']==all(vd[f] for f in F)
    if not vd['event']: assert not any(vd.values())
    assert v['reasons']
par=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]; assert len(par)==6
c={f:sum(v['verdict'][f] for v in ver) for f in F+['all']}
print('counts of 50:',c)
from collections import Counter
print(Counter(f for v in ver for f in F if not v['verdict'][f] and v['verdict']['event']))
print(Counter(v['type'] for v in ver if not v['verdict']['all']))
