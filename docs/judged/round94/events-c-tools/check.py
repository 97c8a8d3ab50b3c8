import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open('events-c-items.jsonl')]
outs = [json.loads(l) for l in open('events-c.jsonl')]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == it
    v = o['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6 and [p['doc'] for p in ps] == [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
print('ok')
