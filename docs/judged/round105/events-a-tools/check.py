"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl against the items."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 50 == len(items)
for a, b in zip(items, out):
    assert all(b[k] == a[k] for k in a), a['n']
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
paras = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(paras) == 6
assert [p['doc'] for p in paras] == [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
print('ok')
