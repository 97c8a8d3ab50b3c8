# Checks the brief's finishing conditions.
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
rows = [json.loads(l) for l in open('events-d.jsonl')]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert r['reasons']
pl = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pl) == 6
print('ok')
