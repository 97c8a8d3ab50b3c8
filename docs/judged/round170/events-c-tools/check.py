"""Checks the brief asks for before finishing."""
import json
R = '/work/wt/j170c/docs/judged/round170/'
items = [json.loads(l) for l in open(R + 'events-c-items.jsonl')]
outs = [json.loads(l) for l in open(R + 'events-c.jsonl')]
assert len(outs) == 50 == len(items)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for i, o in zip(items, outs):
    for k in i:
        assert i[k] == o[k], (i['n'], k)
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert o['reasons']
paras = [json.loads(l) for l in open(R + 'paragraphs-c-verdicts.jsonl')]
assert len(paras) == 6
print('ok')
