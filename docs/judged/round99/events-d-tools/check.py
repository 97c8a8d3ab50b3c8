# Checks events-d.jsonl against the items and prints per-field counts.
import json
items=[json.loads(l) for l in open('events-d-items.jsonl')]
ev=[json.loads(l) for l in open('events-d.jsonl')]
assert len(ev)==50
F=["event","type","source","target","date","modality"]
for a,b in zip(items,ev):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v[f] for f in F+['all'])
    assert b['reasons']
for f in F+['all']: print(f, sum(b['verdict'][f] for b in ev))
p=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]; assert len(p)==6
print('ok')
