# Checks events-b.jsonl and paragraphs-b-verdicts.jsonl and prints the counts.
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
for f in F + ['all']:
    print(f, sum(o['verdict'][f] for o in out), '/ 50')
P = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline events', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
