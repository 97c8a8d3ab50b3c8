"""Check events-d.jsonl against the items and the brief's rules; count the paragraph file's lines."""
import json
H = '/work/wt/j127d/docs/judged/round127/'
items = [json.loads(l) for l in open(H + 'events-d-items.jsonl')]
rows = [json.loads(l) for l in open(H + 'events-d.jsonl')]
assert len(rows) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']: assert not any(v.values())
    assert r['reasons'].strip()
assert sum(1 for _ in open(H + 'paragraphs-d-verdicts.jsonl')) == 6
print("ok")
