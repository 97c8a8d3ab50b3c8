"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl; print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({f: sum(o['verdict'][f] for o in out) for f in F})
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
