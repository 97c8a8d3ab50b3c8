# checks events-a.jsonl against the items and prints per-field counts and paragraph totals
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ver = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ver) == 50 == len(items)
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
cnt = {f: 0 for f in fields}
for i, v in zip(items, ver):
    assert (i['n'], i['doc'], i['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert {k: v[k] for k in i} == i
    vd = v['verdict']
    assert vd['all'] == all(vd[f] for f in fields[:-1])
    if not vd['event']:
        assert not any(vd.values())
    for f in fields:
        cnt[f] += vd[f]
print('per-field right (of 50):', cnt)
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
