"""Checks the brief asks for, and prints the per-field counts."""
import json
here = '/work/wt/j155d/docs/judged/round155/'
items = [json.loads(l) for l in open(here + 'events-d-items.jsonl')]
ver = [json.loads(l) for l in open(here + 'events-d.jsonl')]
assert len(ver) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a, a['n']
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
paras = [json.loads(l) for l in open(here + 'paragraphs-d-verdicts.jsonl')]
assert len(paras) == 6
print({f: sum(b['verdict'][f] for b in ver) for f in F + ['all']})
print('ok')
