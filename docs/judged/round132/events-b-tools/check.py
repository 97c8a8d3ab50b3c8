"""Check judge b's files and print per-field counts and paragraph totals."""
import json
items=[json.loads(l) for l in open('events-b-items.jsonl')]
out=[json.loads(l) for l in open('events-b.jsonl')]
assert len(out)==50
keys=['event','type','source','target','date','modality']
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
for k in keys+['all']: print(k, sum(b['verdict'][k] for b in out))
ps=[json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(ps)==6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
