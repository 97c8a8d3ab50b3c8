"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief's rules, print the counts."""
import json
HERE = '/work/wt/j165d/docs/judged/round165/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
out = [json.loads(l) for l in open(HERE + 'events-d.jsonl')]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == i
    v = o['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']:
        assert not any(v[k] for k in F + ['all'])
    assert o['reasons']
counts = {k: sum(o['verdict'][k] for o in out) for k in F + ['all']}
print('per field, of 50:', counts)
ps = [json.loads(l) for l in open(HERE + 'paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline events', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
wrong = {k: [o['n'] for o in out if o['verdict']['event'] and not o['verdict'][k]] for k in F[1:]}
print('wrong (among real events):', wrong)
print('spurious:', [o['n'] for o in out if not o['verdict']['event']])
