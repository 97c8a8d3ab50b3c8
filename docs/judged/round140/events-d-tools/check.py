"""Check events-d.jsonl against the items and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
keys = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50 == len(items)
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
counts = {k: sum(b['verdict'][k] for b in ver) for k in keys + ['all']}
print(' | '.join('%s %d' % kv for kv in counts.items()), '(of 50)')
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded acts %d, found %d, dateline events %d, spurious %d' % (
    sum(len(p['coder_events']) for p in ps), sum(p['found'] for p in ps),
    sum(p['dateline_events'] for p in ps), sum(p['spurious'] for p in ps)))
for b in ver:
    bad = [k for k in keys if not b['verdict'][k]]
    if bad: print(b['n'], b['trigger'], bad)
