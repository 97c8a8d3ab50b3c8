"""Check events-d.jsonl against the items and paragraphs-d-verdicts.jsonl for shape."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
rows = [json.loads(l) for l in open('events-d.jsonl')]
assert len(rows) == 50
F6 = ["event", "type", "source", "target", "date", "modality"]
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: r[k] for k in it} == it, it['n']
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F6), r['n']
    if not v['event']:
        assert not any(v.values()), r['n']
    assert r['reasons'].strip()
paras = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(paras) == 6
print("ok: 50 verdicts in order, all = and of six, spurious all false, 6 paragraph lines")
