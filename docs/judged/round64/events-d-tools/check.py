"""Check events-d.jsonl against the items and the rules of the brief."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ver = [json.loads(l) for l in open('events-d.jsonl')]
F = ["event","type","source","target","date","modality"]
assert len(ver) == 50
for it, v in zip(items, ver):
    assert (it['n'], it['doc'], it['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert {k: v[k] for k in it} == it, it['n']
    vd = v['verdict']
    assert vd['all'] == all(vd[f] for f in F)
    if not vd['event']: assert not any(vd[f] for f in F + ['all'])
    assert v['reasons']
par = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(par) == 6
print('ok', {f: sum(v['verdict'][f] for v in ver) for f in F + ['all']})
