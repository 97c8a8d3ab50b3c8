import json
items=[json.loads(l) for l in open('events-b-items.jsonl')]
out=[json.loads(l) for l in open('events-b.jsonl')]
assert len(out)==50
keys=['event','type','source','target','date','modality']
cnt={k:0 for k in keys+['all']}
for i,o in zip(items,out):
    assert (i['n'],i['doc'],i['trigger'])==(o['n'],o['doc'],o['trigger'])
    assert {k:v for k,v in o.items() if k not in('verdict','reasons')}==i
    v=o['verdict']
    assert v['all']==all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
    for k in cnt: cnt[k]+=v[k]
print(cnt)
ps=[json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(ps)==6
print('coded',sum(len(p['coder_events']) for p in ps),'found',sum(p['found'] for p in ps),'dateline',sum(p['dateline_events'] for p in ps),'spurious',sum(p['spurious'] for p in ps))
