# Checks events-a.jsonl against the items and prints per-field counts and paragraph totals.
import json
base = '/work/wt/j78a/docs/judged/round78/'
items = [json.loads(l) for l in open(base + 'events-a-items.jsonl')]
out = [json.loads(l) for l in open(base + 'events-a.jsonl')]
assert len(out) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == i
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert o['reasons']
print({f: sum(o['verdict'][f] for o in out) for f in F + ['all']})
P = [json.loads(l) for l in open(base + 'paragraphs-a-verdicts.jsonl')]
pa = [json.loads(l) for l in open(base + 'paragraphs-a.jsonl')]
assert [p['doc'] for p in P] == [p['doc'] for p in pa]
for p, q in zip(P, pa): assert p['dateline_events'] == len(q['events'])
print('paragraphs', len(P), 'coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
