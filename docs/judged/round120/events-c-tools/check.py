"""Check events-c.jsonl against the items and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
cnt = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print(cnt)
P = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
