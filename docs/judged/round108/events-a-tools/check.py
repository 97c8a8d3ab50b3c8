# Checks events-a.jsonl against the items and paragraphs-a-verdicts.jsonl against the paragraphs.
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ver = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
pars = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert [p['doc'] for p in pars] == [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
assert len(pars) == 6
print('ok', {f: sum(b['verdict'][f] for b in ver) for f in F + ['all']})
