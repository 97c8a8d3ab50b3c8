"""Check events-b.jsonl and paragraphs-b-verdicts.jsonl against the brief's requirements."""
import json
F = ('event', 'type', 'source', 'target', 'date', 'modality')
items = [json.loads(l) for l in open('events-b-items.jsonl')]
rows = [json.loads(l) for l in open('events-b.jsonl')]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert r['reasons']
paras = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(paras) == 6
print('ok')
