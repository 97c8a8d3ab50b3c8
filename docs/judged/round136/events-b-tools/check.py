"""Final checks on judge b's files."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a, a['n']
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F), a['n']
    if not v['event']:
        assert not any(v.values()), a['n']
    assert b['reasons']
pars = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pars) == 6
print('ok: 50 verdicts in order, items unchanged, all==and, spurious all false; 6 paragraph lines')
