"""Check judge d's outputs and print per-field counts and paragraph totals."""
import json
HERE = '/work/wt/j172d/docs/judged/round172/'
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
outs = [json.loads(l) for l in open(HERE + 'events-d.jsonl')]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == it
    v = o['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
print({k: sum(o['verdict'][k] for o in outs) for k in F})
ps = [json.loads(l) for l in open(HERE + 'paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
