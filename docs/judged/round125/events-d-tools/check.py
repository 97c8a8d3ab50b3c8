"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
rows = [json.loads(l) for l in open('events-d.jsonl')]
assert len(rows) == 50 == len(items)
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert r['reasons']
paras = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(paras) == 6
print('ok', {f: sum(r['verdict'][f] for r in rows) for f in F + ['all']})
