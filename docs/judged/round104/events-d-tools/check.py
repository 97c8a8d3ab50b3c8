import json
items=[json.loads(l) for l in open('events-d-items.jsonl')]
out=[json.loads(l) for l in open('events-d.jsonl')]
assert len(out)==49==len(items)
names=["event","type","source","target","date","modality"]
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert all(a[k]==b[k] for k in a)
    v=b['verdict']; assert v['all']==all(v[k] for k in names)
    if not v['event']: assert not any(v.values())
cnt={k:sum(o['verdict'][k] for o in out) for k in names+['all']}
print(cnt)
ps=[json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps)==6
print('coded',sum(len(p['coder_events']) for p in ps),'found',sum(p['found'] for p in ps),'dateline',sum(p['dateline_events'] for p in ps),'spurious',sum(p['spurious'] for p in ps))
