"""Check events-a.jsonl against the items and print per-field counts and paragraph totals."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
outs = [json.loads(l) for l in open('events-a.jsonl')]
assert len(outs) == 50
for a, b in zip(items, outs):
    assert (a['n'], a['doc'], a['trigger'], a['event_id']) == (b['n'], b['doc'], b['trigger'], b['event_id'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({f: sum(o['verdict'][f] for o in outs) for f in F})
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
from collections import Counter
c = Counter()
for o in outs:
    if o['verdict']['event']:
        for f in F[1:-1]:
            if not o['verdict'][f]: c[f] += 1
print('errors among real events:', dict(c), 'spurious:', sum(not o['verdict']['event'] for o in outs))
