import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
out=[json.loads(l) for l in open('events-a.jsonl')]
F=["event","type","source","target","date","modality"]
assert len(out)==50
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
paras=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(paras)==6 and [p['doc'] for p in paras]==[json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
print('ok')
