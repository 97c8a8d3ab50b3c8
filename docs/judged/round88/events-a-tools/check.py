"""Check events-a.jsonl against the items and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
print({f: sum(b['verdict'][f] for b in out) for f in F + ['all']}, 'of', len(out))
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs', len(ps), 'coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
