"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl against the items and print the counts."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 50 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
counts = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print("per field right of 50:", counts)
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p['coder_events']) for p in ps), "found", sum(p['found'] for p in ps),
      "dateline", sum(p['dateline_events'] for p in ps), "spurious", sum(p['spurious'] for p in ps))
print("wrong per item:", {o['n']: [f for f in F if not o['verdict'][f]] for o in out if not o['verdict']['all']})
