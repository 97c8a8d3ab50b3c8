# checks events-c.jsonl against the items and counts right fields
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
outs=[json.loads(l) for l in open('events-c.jsonl')]
assert len(outs)==50==len(items)
F=["event","type","source","target","date","modality"]
for a,b in zip(items,outs):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:b[k] for k in a}==a, a['n']
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
for f in F+['all']:
    print(f, sum(o['verdict'][f] for o in outs))
ps=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps)==6
print('paragraphs: acts',sum(len(p['coder_events']) for p in ps),'found',sum(p['found'] for p in ps),'dateline',sum(p['dateline_events'] for p in ps),'spurious',sum(p['spurious'] for p in ps))
