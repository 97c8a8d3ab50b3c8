"""Check the verdict files and print the counts for the report."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i['n'], i['doc'], i['trigger']) == (v['n'], v['doc'], v['trigger'])
    assert all(i[k] == v[k] for k in i)
    vd = v['verdict']
    assert vd['all'] == all(vd[f] for f in F[:-1])
    if not vd['event']:
        assert not any(vd.values())
    assert v['reasons']
print({f: sum(v['verdict'][f] for v in ver) for f in F})
ps = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
from collections import Counter
c = Counter()
for v in ver:
    if v['verdict']['event']:
        for f in F[1:-1]:
            if not v['verdict'][f]: c[f] += 1
print('errors on real events:', dict(c), 'spurious:', sum(not v['verdict']['event'] for v in ver))
