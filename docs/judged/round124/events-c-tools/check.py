# Checks the judge-c files and prints per-field counts.
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i['n'], i['doc'], i['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert {k: v[k] for k in i} == i
    vd = v['verdict']
    assert vd['all'] == all(vd[f] for f in F)
    if not vd['event']:
        assert not any(vd[f] for f in F + ['all'])
    assert v['reasons']
par = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(par) == 6 and [p['doc'] for p in par] == [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
for f in F + ['all']:
    print(f, sum(v['verdict'][f] for v in ver), '/ 50')
print('paragraphs: coded', sum(len(p['coder_events']) for p in par), 'found', sum(p['found'] for p in par),
      'dateline', sum(p['dateline_events'] for p in par), 'spurious', sum(p['spurious'] for p in par))
