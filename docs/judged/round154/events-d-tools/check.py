# Checks the verdict files and prints the per-field counts and paragraph totals.
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print('field counts (of 50):', {f: sum(b['verdict'][f] for b in ver) for f in F})
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline events', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
from collections import Counter
c = Counter(f for b in ver if b['verdict']['event'] for f in F[1:-1] if not b['verdict'][f])
print('wrong fields among real events:', dict(c))
