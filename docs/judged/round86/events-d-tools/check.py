import json
items=[json.loads(l) for l in open('events-d-items.jsonl')]
ver=[json.loads(l) for l in open('events-d.jsonl')]
assert len(ver)==50
F=['event','type','source','target','date','modality']
cnt={f:0 for f in F+['all']}
for a,b in zip(items,ver):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    for f in cnt: cnt[f]+=v[f]
print(cnt)
P=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(P)==6
print('coded',sum(len(p['coder_events']) for p in P),'found',sum(p['found'] for p in P),'dateline',sum(p['dateline_events'] for p in P),'spurious',sum(p['spurious'] for p in P))
