"""Checks required by the brief and per-field counts."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v[k] for k in keys + ['all'])
for k in keys + ['all']:
    print(k, sum(b['verdict'][k] for b in out), '/ 50')
P = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline events', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
