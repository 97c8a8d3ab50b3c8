# check events-c.jsonl against the items and print per-field counts; check the paragraph file
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50 == len(items)
F = ["event", "type", "source", "target", "date", "modality", "all"]
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:6])
    if not v['event']: assert not any(v.values())
    assert b['reasons']
print({k: sum(b['verdict'][k] for b in ver) for k in F})
P = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
pd = [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in P] == pd
print('paragraphs', len(P), 'coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
