"""Final checks for judge b's files."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
rows = [json.loads(l) for l in open('events-b.jsonl')]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[f] for f in ['event', 'type', 'source', 'target', 'date', 'modality'])
    if not v['event']:
        assert not any(v.values())
    assert r['reasons']
ps = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(ps) == 6
assert [p['doc'] for p in ps] == [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
print("ok")
