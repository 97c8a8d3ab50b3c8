"""Checks the brief asks for: 50 lines in item order, all == and of six, spurious false everywhere, 6 paragraph lines."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50
six = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in six)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
par = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(par) == 6
print('ok', {k: sum(b['verdict'][k] for b in ver) for k in six + ['all']})
