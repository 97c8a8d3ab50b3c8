"""Check events-d.jsonl against the items and print per-field counts."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
outs = [json.loads(l) for l in open('events-d.jsonl')]
assert len(outs) == 50 == len(items)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
cnt = {f: 0 for f in F + ['all']}
for a, b in zip(items, outs):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
    for f in F + ['all']:
        cnt[f] += v[f]
paras = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(paras) == 6
print(cnt)
