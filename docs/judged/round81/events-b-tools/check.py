# the brief's final checks
import json
F = ('event', 'type', 'source', 'target', 'date', 'modality')
items = [json.loads(l) for l in open('events-b-items.jsonl')]
outs = [json.loads(l) for l in open('events-b.jsonl')]
assert len(outs) == 50 == len(items)
for a, b in zip(items, outs):
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
pars = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pars) == 6
print('ok')
