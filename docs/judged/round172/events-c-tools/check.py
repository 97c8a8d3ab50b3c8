"""Checks the brief asks for, and prints per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open('events-c-items.jsonl')]
vs = [json.loads(l) for l in open('events-c.jsonl')]
assert len(vs) == 50
for i, v in zip(items, vs):
    assert (i['n'], i['doc'], i['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert {k: v[k] for k in i} == i
    d = v['verdict']
    assert d['all'] == all(d[k] for k in F[:-1])
    if not d['event']:
        assert not any(d.values())
    assert v['reasons']
print({k: sum(v['verdict'][k] for v in vs) for k in F})
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print({'coded': sum(len(p['coder_events']) for p in ps), 'found': sum(p['found'] for p in ps),
       'dateline_events': sum(p['dateline_events'] for p in ps), 'spurious': sum(p['spurious'] for p in ps)})
