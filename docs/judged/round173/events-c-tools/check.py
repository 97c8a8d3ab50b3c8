"""Check the verdict files and print per-field counts and paragraph totals."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({k: sum(o['verdict'][k] for o in out) for k in F}, 'of', len(out))
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs', len(ps), 'coded acts', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline events', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
