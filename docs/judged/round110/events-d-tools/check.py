"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert all(b[k] == a[k] for k in a)
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
P = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(P) == 6
assert [p['doc'] for p in P] == [json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
print('ok')
