"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl; print counts."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-a-items.jsonl'))]
out = [json.loads(l) for l in open(os.path.join(ROOT, 'events-a.jsonl'))]
assert len(out) == 50
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
for i, o in zip(items, out):
    assert (i['n'], i['doc'], i['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: o[k] for k in i} == i
    v = o['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v[k] for k in keys + ['all'])
    assert o['reasons']
for k in keys + ['all']:
    print(f"{k:9s} {sum(o['verdict'][k] for o in out):2d}/50")
ps = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-a-verdicts.jsonl'))]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
print('wrong by field:')
for k in keys[1:]:
    print(' ', k, [o['n'] for o in out if o['verdict']['event'] and not o['verdict'][k]])
print('  spurious', [o['n'] for o in out if not o['verdict']['event']])
