import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
ev=[json.loads(l) for l in open('events-a.jsonl')]
assert len(ev)==50
keys=['event','type','source','target','date','modality']
for a,b in zip(items,ev):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
P=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(P)==6 and [p['doc'] for p in P]==[json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
for k in keys+['all']: print(k, sum(b['verdict'][k] for b in ev))
print('coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P), 'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
