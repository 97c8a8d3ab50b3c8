"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == i
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
paras = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(paras) == 6
print('ok', {f: sum(o['verdict'][f] for o in out) for f in F + ['all']})
