"""Check events-c.jsonl against the items and count right fields."""
import json, os, collections
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50 == len(items)
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
for it, v in zip(items, ver):
    assert (it['n'], it['doc'], it['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert {k: v[k] for k in it} == it, it['n']
    vd = v['verdict']
    assert vd['all'] == all(vd[k] for k in keys), it['n']
    if not vd['event']:
        assert not any(vd[k] for k in keys + ['all']), it['n']
    assert v['reasons']
c = collections.Counter()
for v in ver:
    for k in keys + ['all']:
        c[k] += v['verdict'][k]
print({k: c[k] for k in keys + ['all']})
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs ok')
