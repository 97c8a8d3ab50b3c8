# checks events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief
import json
R = '/work/wt/j91c/docs/judged/round91/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(R + 'events-c-items.jsonl')]
rows = [json.loads(l) for l in open(R + 'events-c.jsonl')]
assert len(rows) == 50 == len(items)
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']:
        assert not any(v.values())
    assert r['reasons']
paras = [json.loads(l) for l in open(R + 'paragraphs-c-verdicts.jsonl')]
assert len(paras) == 6
print('ok')
