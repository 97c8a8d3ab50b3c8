"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief."""
import json
HERE = '/work/wt/j150d/docs/judged/round150/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
out = [json.loads(l) for l in open(HERE + 'events-d.jsonl')]
assert len(out) == 50
for it, o in zip(items, out):
    assert {k: o[k] for k in it} == it, it['n']
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F), it['n']
    if not v['event']:
        assert not any(v.values()), it['n']
    assert o['reasons']
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d-verdicts.jsonl')]
assert len(paras) == 6
print('ok', {f: sum(o['verdict'][f] for o in out) for f in F + ['all']})
