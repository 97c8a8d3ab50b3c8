"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief, print per-field counts."""
import json
from collections import Counter
HERE = '/work/wt/j148c/docs/judged/round148/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
out = [json.loads(l) for l in open(HERE + 'events-c.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
c = Counter()
for b in out:
    for f in F + ['all']:
        c[f] += b['verdict'][f]
print(' | '.join('%s %d' % (f, c[f]) for f in F + ['all']), '(of 50)')
paras = [json.loads(l) for l in open(HERE + 'paragraphs-c-verdicts.jsonl')]
assert len(paras) == 6
t = Counter()
for p in paras:
    t['coded'] += len(p['coder_events']); t['found'] += p['found']
    t['dateline'] += p['dateline_events']; t['spurious'] += p['spurious']
print('paragraphs: coded acts %(coded)d, found %(found)d, dateline events %(dateline)d, spurious %(spurious)d' % t)
wrong = Counter(f for b in out for f in F if not b['verdict'][f] and b['verdict']['event'])
print('wrong fields among real events:', dict(wrong), '| spurious:', sum(not b['verdict']['event'] for b in out))
