"""Checks the verdict files and prints the per-field counts."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
ver = [json.loads(l) for l in open('events-b.jsonl')]
assert len(ver) == 50
F = ["event", "type", "source", "target", "date", "modality", "all"]
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:6])
    if not v['event']:
        assert not any(v.values())
print({k: sum(b['verdict'][k] for b in ver) for k in F})
P = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(P) == 6
pi = [json.loads(l) for l in open('paragraphs-b.jsonl')]
for p, q in zip(P, pi):
    assert p['doc'] == q['doc'] and p['dateline_events'] == len(q['events'])
print({"coded": sum(len(p['coder_events']) for p in P), "found": sum(p['found'] for p in P),
       "dateline": sum(p['dateline_events'] for p in P), "spurious": sum(p['spurious'] for p in P)})
