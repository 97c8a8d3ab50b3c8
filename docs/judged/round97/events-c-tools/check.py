"""Check events-c.jsonl against the items and print per-field counts."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50 == len(items)
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v[k] for k in keys + ['all'])
    assert b['reasons']
for k in keys + ['all']:
    print(k, sum(b['verdict'][k] for b in out))
print('wrong per item:')
for b in out:
    w = [k for k in keys if not b['verdict'][k]]
    if w: print(' ', b['n'], b['trigger'], b['type'], w)
p = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(p) == 6
