"""Check events-d.jsonl against the items and print per-field counts."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ver) == 50 == len(items)
for i, v in zip(items, ver):
    assert (i['n'], i['doc'], i['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert {k: i[k] for k in i} == {k: v[k] for k in i}, i['n']
    vd = v['verdict']
    assert vd['all'] == all(vd[f] for f in F[:-1]), i['n']
    if not vd['event']:
        assert not any(vd.values()), i['n']
    assert v['reasons']
print({f: sum(v['verdict'][f] for v in ver) for f in F})
par = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(par) == 6
print('paragraphs', len(par), {k: sum(len(p[k]) if k == 'coder_events' else p[k] for p in par) for k in ['coder_events', 'found', 'dateline_events', 'spurious']})
