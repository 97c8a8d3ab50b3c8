"""Checks the brief asks for before finishing."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']: assert not any(v[k] for k in F + ['all'])
    assert b['reasons']
pv = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pv) == 6
print('ok', {k: sum(o['verdict'][k] for o in out) for k in F + ['all']})
