import json
F=["event","type","source","target","date","modality"]
it=[json.loads(l) for l in open('events-c-items.jsonl')]
ev=[json.loads(l) for l in open('events-c.jsonl')]
assert len(ev)==50
for a,b in zip(it,ev):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    for k in a: assert a[k]==b[k]
    v=b['verdict']; assert v['all']==all(v[k] for k in F)
    if not v['event']: assert not any(v[k] for k in F+['all'])
print({k:sum(e['verdict'][k] for e in ev) for k in F+['all']})
ps=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps)==6
print('paragraphs: coded',sum(len(p['coder_events']) for p in ps),'found',sum(p['found'] for p in ps),'dateline',sum(p['dateline_events'] for p in ps),'spurious',sum(p['spurious'] for p in ps))
