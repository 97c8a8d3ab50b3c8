"""Checks and per-field counts."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 50
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: o[k] for k in i} == i
    v = o['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
    assert o['reasons']
for k in keys + ['all']:
    print(k, sum(o['verdict'][k] for o in out), '/ 50')
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
pin = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert [p['doc'] for p in ps] == [p['doc'] for p in pin] and len(ps) == 6
for p, q in zip(ps, pin): assert p['dateline_events'] == len(q['events'])
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
