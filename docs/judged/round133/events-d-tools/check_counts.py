"""Check judge d's output files and print per-field counts and paragraph totals.

usage (from round133/): python3 events-d-tools/check_counts.py
"""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons'].strip()
for f in F + ['all']:
    print(f"{f:9s} {sum(o['verdict'][f] for o in out)}/50")
P = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(P) == 6
print("paragraphs: coded acts", sum(len(p['coder_events']) for p in P), "found", sum(p['found'] for p in P),
      "dateline events", sum(p['dateline_events'] for p in P), "spurious", sum(p['spurious'] for p in P))
for o in out:
    v = o['verdict']
    if not v['all']:
        print(o['n'], [f for f in F if not v[f]])
