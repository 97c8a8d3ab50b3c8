"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl; print per-field counts and paragraph totals.
Usage: cd round150 && python3 events-c-tools/check.py"""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
for f in F + ['all']:
    print('%-8s %2d/50' % (f, sum(b['verdict'][f] for b in ver)))
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded acts %d, found %d, dateline events %d, spurious %d' % (
    sum(len(p['coder_events']) for p in ps), sum(p['found'] for p in ps),
    sum(p['dateline_events'] for p in ps), sum(p['spurious'] for p in ps)))
print('wrong by field:')
for f in F:
    print(' ', f, [b['n'] for b in ver if not b['verdict'][f]])
