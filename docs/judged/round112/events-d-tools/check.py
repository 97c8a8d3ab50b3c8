"""Checks and per-field counts for events-d.jsonl and paragraphs-d-verdicts.jsonl."""
import json
items=[json.loads(l) for l in open('events-d-items.jsonl')]
out=[json.loads(l) for l in open('events-d.jsonl')]
assert len(out)==50
F=["event","type","source","target","date","modality","all"]
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    v=b['verdict']
    assert v['all']==all(v[k] for k in F[:-1])
    if not v['event']: assert not any(v.values())
    assert b['reasons']
    assert {k:b[k] for k in a}==a
print({k:sum(o['verdict'][k] for o in out) for k in F})
P=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(P)==6
print('paragraphs', len(P), 'acts',sum(len(p['coder_events']) for p in P),'found',sum(p['found'] for p in P),'dateline',sum(p['dateline_events'] for p in P),'spurious',sum(p['spurious'] for p in P))
