"""Check events-b.jsonl against the items and print per-field right counts."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
F = ['event', 'type', 'source', 'target', 'date', 'modality']
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
paras = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(paras) == 6
print({k: sum(o['verdict'][k] for o in out) for k in F + ['all']})
print('wrong:', {k: [o['n'] for o in out if not o['verdict'][k]] for k in F + ['all']})
