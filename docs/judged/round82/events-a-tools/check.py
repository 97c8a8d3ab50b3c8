"""Checks and per-field counts for events-a.jsonl and paragraphs-a-verdicts.jsonl."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ev = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ev) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, ev):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
for f in F + ['all']:
    print(f, sum(b['verdict'][f] for b in ev), '/ 50')
P = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
