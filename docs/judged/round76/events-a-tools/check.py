# checks the brief asks for, and prints the per-field counts and paragraph totals
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ver = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert all(a[k] == b[k] for k in a)
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({f: sum(b['verdict'][f] for b in ver) for f in F})
par = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(par) == 6
print({'paragraphs': len(par), 'coded acts': sum(len(p['coder_events']) for p in par),
       'found': sum(p['found'] for p in par), 'dateline events': sum(p['dateline_events'] for p in par),
       'spurious': sum(p['spurious'] for p in par)})
