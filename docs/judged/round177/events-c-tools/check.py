# checks the judge-c output files and prints the per-field and paragraph totals
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ev = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ev) == 50
for a, b in zip(items, ev):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']: assert not any(v.values())
    assert b['reasons']
print({f: sum(e['verdict'][f] for e in ev) for f in F})
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
from collections import Counter
c = Counter()
for e in ev:
    for f in F[1:-1]:
        if e['verdict']['event'] and not e['verdict'][f]: c[f] += 1
print('errors among real events:', dict(c))
