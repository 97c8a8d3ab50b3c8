import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
ver=[json.loads(l) for l in open('events-c.jsonl')]
assert len(ver)==49
keys=['event','type','source','target','date','modality']
for a,b in zip(items,ver):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert all(b[k]==a[k] for k in a)
    v=b['verdict']; assert v['all']==all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
cnt={k:sum(x['verdict'][k] for x in ver) for k in keys+['all']}
print(cnt)
p=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(p)==6
print('coded',sum(len(x['coder_events']) for x in p),'found',sum(x['found'] for x in p),'dateline',sum(x['dateline_events'] for x in p),'spurious',sum(x['spurious'] for x in p))
