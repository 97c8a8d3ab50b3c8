"""Check events-b.jsonl / paragraphs-b-verdicts.jsonl against the brief's rules."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
ver = [json.loads(l) for l in open('events-b.jsonl')]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50 == len(items)
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert set(v) == set(F + ['all']) and all(isinstance(x, bool) for x in v.values())
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
pars = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pars) == 6
print('ok', {f: sum(x['verdict'][f] for x in ver) for f in F + ['all']})
