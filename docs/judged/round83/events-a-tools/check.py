import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
ver=[json.loads(l) for l in open('events-a.jsonl')]
assert len(ver)==50
F=['event','type','source','target','date','modality']
cnt={f:0 for f in F+['all']}
for i,v in zip(items,ver):
    assert (i['n'],i['doc'],i['trigger'])==(v['n'],v['doc'],v['trigger'])
    assert {k:i[k] for k in i}=={k:v[k] for k in i}
    vv=v['verdict']; assert vv['all']==all(vv[f] for f in F)
    if not vv['event']: assert not any(vv.values())
    for f in cnt: cnt[f]+=vv[f]
pp=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(pp)==6 and [p['doc'] for p in pp]==[json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
print(cnt)
