"""Check events-d.jsonl against the items and print per-field counts. Usage: python3 events-d-tools/check.py"""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ver) == 50 == len(items)
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
par = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(par) == 6
print({f: sum(b['verdict'][f] for b in ver) for f in F})
print('paragraphs: coded', sum(len(p['coder_events']) for p in par), 'found', sum(p['found'] for p in par),
      'dateline', sum(p['dateline_events'] for p in par), 'spurious', sum(p['spurious'] for p in par))
from collections import Counter
c = Counter()
for b in ver:
    for f in F[1:-1]:
        if b['verdict']['event'] and not b['verdict'][f]:
            c[f] += 1
print('wrong among real events:', dict(c))
