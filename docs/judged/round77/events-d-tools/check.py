"""Check judge d's output files against the brief's finishing checks."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v[k] for k in keys + ['all'])
    assert b['reasons']
pv = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pv) == 6
print("ok")
