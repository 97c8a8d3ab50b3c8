"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
F6 = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F6)
    if not v['event']:
        assert not any(v[f] for f in F6 + ['all'])
    assert b['reasons']
paras = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(paras) == 6
print("ok")
print({f: sum(b['verdict'][f] for b in out) for f in F6 + ['all']})
