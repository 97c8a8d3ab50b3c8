"""Checks asked for by the brief."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
assert len(open('paragraphs-d-verdicts.jsonl').readlines()) == 6
print('ok')
