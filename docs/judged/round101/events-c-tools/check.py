"""Check events-c.jsonl against the items and the brief's rules."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50 == len(items)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert all(b[k] == a[k] for k in a), a['n']
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F), a['n']
    if not v['event']:
        assert not any(v.values()), a['n']
    assert b['reasons']
paras = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(paras) == 6
print('ok', {k: sum(o['verdict'][k] for o in out) for k in F + ['all']})
