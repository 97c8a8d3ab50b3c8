# checks + per-field counts
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
F = ['event', 'type', 'source', 'target', 'date', 'modality']
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({f: sum(b['verdict'][f] for b in ver) for f in F + ['all']})
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
