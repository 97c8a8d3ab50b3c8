"""Checks required by the brief."""
import json
items=[json.loads(l) for l in open('events-d-items.jsonl')]
ver=[json.loads(l) for l in open('events-d.jsonl')]
assert len(ver)==50
keys=["event","type","source","target","date","modality"]
for a,b in zip(items,ver):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
par=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(par)==6
assert [p['doc'] for p in par]==[json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
for p,q in zip(par,[json.loads(l) for l in open('paragraphs-d.jsonl')]):
    assert p['dateline_events']==len(q['events'])
print('ok')
