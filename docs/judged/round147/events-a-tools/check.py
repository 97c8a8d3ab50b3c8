"""Check events-a.jsonl against the items and print per-field counts."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 50
for it, o in zip(items, out):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: o[k] for k in it} == it, it['n']
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert o['reasons']
paras = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(paras) == 6
print(' | '.join(f"{f} {sum(o['verdict'][f] for o in out)}" for f in F), '(of 50)')
for f in F[1:-1]:
    print(f, 'wrong:', [o['n'] for o in out if o['verdict']['event'] and not o['verdict'][f]])
print('spurious:', [o['n'] for o in out if not o['verdict']['event']])
print('paragraphs: coded', sum(len(p['coder_events']) for p in paras), 'found', sum(p['found'] for p in paras),
      'dateline', sum(p['dateline_events'] for p in paras), 'spurious', sum(p['spurious'] for p in paras))
