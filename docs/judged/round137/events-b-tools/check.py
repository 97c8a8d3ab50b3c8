"""Check events-b.jsonl / paragraphs-b-verdicts.jsonl and print the counts."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: o[k] for k in i} == i
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
print('| field | right of 50 |\n| --- | --- |')
for f in F:
    print(f"| {f} | {sum(o['verdict'][f] for o in out)} |")
P = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline events', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
