import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items=[json.loads(l) for l in open(os.path.join(ROOT,'events-b-items.jsonl'))]
out=[json.loads(l) for l in open(os.path.join(ROOT,'events-b.jsonl'))]
F=["event","type","source","target","date","modality"]
assert len(out)==50
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:b[k] for k in a}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
pars=[json.loads(l) for l in open(os.path.join(ROOT,'paragraphs-b-verdicts.jsonl'))]
assert len(pars)==6
print('ok', [a['n'] for a in items]==list(range(1,51)))
