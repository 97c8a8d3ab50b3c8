"""Check events-b.jsonl against the items and print per-field right counts."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in ['event', 'type', 'source', 'target', 'date', 'modality'])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
assert sum(1 for _ in open('paragraphs-b-verdicts.jsonl')) == 6
for k in ['event', 'type', 'source', 'target', 'date', 'modality', 'all']:
    print(k, sum(o['verdict'][k] for o in out))
