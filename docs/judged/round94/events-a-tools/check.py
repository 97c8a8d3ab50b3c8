import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ver = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ver) == 50
F = ['event', 'type', 'source', 'target', 'date', 'modality']
cnt = {k: 0 for k in F + ['all']}
for it, v in zip(items, ver):
    assert (it['n'], it['doc'], it['trigger']) == (v['n'], v['doc'], v['trigger'])
    for k in it: assert it[k] == v[k], k
    vd = v['verdict']
    assert vd['all'] == all(vd[k] for k in F)
    if not vd['event']: assert not any(vd.values())
    for k in cnt: cnt[k] += vd[k]
print(cnt)
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
