"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's rules."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
rows = [json.loads(l) for l in open('events-c.jsonl')]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert set(v) == set(F + ['all']) and all(isinstance(x, bool) for x in v.values())
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert r['reasons'].strip()
pv = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(pv) == 6
print('ok')
