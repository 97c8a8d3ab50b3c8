"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl; print the per-field counts and paragraph totals."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
outs = [json.loads(l) for l in open('events-c.jsonl')]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    assert {k: o[k] for k in it} == it
    v = o['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
print({k: sum(o['verdict'][k] for o in outs) for k in F})
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
