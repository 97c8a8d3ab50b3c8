"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl; print per-field counts."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ver = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ver) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']: assert not any(v.values())
print({k: sum(b['verdict'][k] for b in ver) for k in F})
P = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
