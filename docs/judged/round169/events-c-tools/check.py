"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl and print the counts."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50
F = ["event", "type", "source", "target", "date", "modality", "all"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({k: sum(b['verdict'][k] for b in out) for k in F}, 'of', len(out))
P = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
from collections import Counter
print('wrong by type:', Counter(b['type'] for b in out if not b['verdict']['all']))
print('all by type:', Counter(b['type'] for b in out))
