import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ver) == 45
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    six = [v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality')]
    assert v['all'] == all(six)
    if not v['event']:
        assert not any(six) and not v['all']
    assert b['reasons']
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('ok')
