"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's rules."""
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
ev=[json.loads(l) for l in open('events-c.jsonl')]
assert len(ev)==50
F=("event","type","source","target","date","modality")
for a,b in zip(items,ev):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert set(v)==set(F)|{'all'}
    assert v['all']==all(v[k] for k in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
p=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(p)==6
print('ok')
