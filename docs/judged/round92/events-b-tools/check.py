"""Check events-b.jsonl / paragraphs-b-verdicts.jsonl against the items and print the counts."""
import json
HERE = '/work/wt/j92b/docs/judged/round92/'
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open(HERE + 'events-b-items.jsonl')]
ev = [json.loads(l) for l in open(HERE + 'events-b.jsonl')]
assert len(ev) == 48 == len(items)
for i, e in zip(items, ev):
    assert all(e[k] == i[k] for k in ('n', 'doc', 'trigger'))
    assert {k: v for k, v in e.items() if k not in ('verdict', 'reasons')} == i
    v = e['verdict']
    assert v['all'] == all(v[f] for f in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert e['reasons']
print('right of 48:', {f: sum(e['verdict'][f] for e in ev) for f in F})
paras = [json.loads(l) for l in open(HERE + 'paragraphs-b.jsonl')]
pv = [json.loads(l) for l in open(HERE + 'paragraphs-b-verdicts.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in pv]
for p, q in zip(paras, pv):
    assert q['dateline_events'] == len(p['events'])
    assert q['found'] <= len(q['coder_events'])
print('paragraphs: coded', sum(len(q['coder_events']) for q in pv), 'found', sum(q['found'] for q in pv),
      'dateline', sum(q['dateline_events'] for q in pv), 'spurious', sum(q['spurious'] for q in pv))
print('wrong per item:', [(e['n'], [f for f in F[:-1] if not e['verdict'][f]]) for e in ev if not e['verdict']['all']])
