"""Check events-c.jsonl against the items and the brief's rules."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 45 == len(items)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == i
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
p = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(p) == 6
print('ok')
