"""Check events-a.jsonl against the items and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 44
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
for f in F + ['all']:
    print(f"{f:9s} {sum(b['verdict'][f] for b in out):2d}/44")
P = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(P) == 6
print("paragraphs: coded acts", sum(len(p['coder_events']) for p in P), "found", sum(p['found'] for p in P),
      "dateline events", sum(p['dateline_events'] for p in P), "spurious", sum(p['spurious'] for p in P))
