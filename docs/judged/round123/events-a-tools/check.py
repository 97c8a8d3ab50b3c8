"""Check events-a.jsonl against the items and print per-field counts; check paragraph verdicts."""
import json
HERE = '/work/wt/j123a/docs/judged/round123/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(HERE + 'events-a-items.jsonl')]
out = [json.loads(l) for l in open(HERE + 'events-a.jsonl')]
assert len(out) == 50 == len(items)
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
counts = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print(counts)
p = [json.loads(l) for l in open(HERE + 'paragraphs-a-verdicts.jsonl')]
assert len(p) == 6
pin = [json.loads(l)['doc'] for l in open(HERE + 'paragraphs-a.jsonl')]
assert [x['doc'] for x in p] == pin
tot = {k: sum(len(x['coder_events']) if k == 'coder_events' else x[k] for x in p)
       for k in ('coder_events', 'found', 'dateline_events', 'spurious')}
print(tot)
