"""Checks the brief asks for before finishing."""
import json
here = '/work/wt/j165a/docs/judged/round165/'
items = [json.loads(l) for l in open(here + 'events-a-items.jsonl')]
out = [json.loads(l) for l in open(here + 'events-a.jsonl')]
F = ['event', 'type', 'source', 'target', 'date', 'modality']
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert set(v) == set(F + ['all'])
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons'].strip()
paras = [json.loads(l) for l in open(here + 'paragraphs-a-verdicts.jsonl')]
assert len(paras) == 6
print('ok', {f: sum(o['verdict'][f] for o in out) for f in F + ['all']})
