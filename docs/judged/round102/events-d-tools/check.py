"""Checks and per-field counts for judge d's files."""
import json
F = ('event', 'type', 'source', 'target', 'date', 'modality', 'all')
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == i
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']: assert not any(v.values())
    assert o['reasons']
print({f: sum(o['verdict'][f] for o in out) for f in F})
p = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(p) == 6
print('paragraphs: coded', sum(len(x['coder_events']) for x in p), 'found', sum(x['found'] for x in p),
      'dateline', sum(x['dateline_events'] for x in p), 'spurious', sum(x['spurious'] for x in p))
