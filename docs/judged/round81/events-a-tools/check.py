"""Checks required by the brief."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
outs = [json.loads(l) for l in open('events-a.jsonl')]
assert len(outs) == 50
for i, o in zip(items, outs):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == i
    v = o['verdict']
    six = [v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality')]
    assert v['all'] == all(six)
    if not v['event']:
        assert not any(six) and not v['all']
    assert o['reasons']
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
assert [p['doc'] for p in ps] == [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
for p, q in zip(ps, [json.loads(l) for l in open('paragraphs-a.jsonl')]):
    assert p['dateline_events'] == len(q['events'])
print('ok')
