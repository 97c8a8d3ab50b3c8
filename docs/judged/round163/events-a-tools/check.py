"""Check events-a.jsonl / paragraphs-a-verdicts.jsonl and print the per-field counts."""
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
out=[json.loads(l) for l in open('events-a.jsonl')]
assert len(out)==45
F=['event','type','source','target','date','modality']
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in F)
    if not v['event']: assert not any(v[k] for k in F+['all'])
    assert b['reasons']
for k in F+['all']: print(k, sum(o['verdict'][k] for o in out), '/ 45')
ps=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps)==6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
