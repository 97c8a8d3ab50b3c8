"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from verdicts.py / paragraphs.py and check them."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(here, 'verdicts.py')).read())
exec(open(os.path.join(here, 'paragraphs.py')).read())
os.chdir(os.path.join(here, '..'))
items = [json.loads(l) for l in open('events-b-items.jsonl')]
keys = ["event", "type", "source", "target", "date", "modality"]
out = []
for it in items:
    v = V[it['n']]
    d = dict(zip(keys, v[:6]))
    if not d['event']:
        assert not any(d.values())
    d['all'] = all(d[k] for k in keys)
    o = dict(it); o['verdict'] = d; o['reasons'] = v[6]
    out.append(o)
with open('events-b.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open('events-b.jsonl')]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    vd = b['verdict']
    assert vd['all'] == all(vd[k] for k in keys)
    if not vd['event']: assert not any(vd.values())
pd = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pd) == 6
assert [p['doc'] for p in pd] == [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
counts = {k: sum(b['verdict'][k] for b in back) for k in keys + ['all']}
print('counts of 50:', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pd), 'found', sum(p['found'] for p in pd),
      'dateline', sum(p['dateline_events'] for p in pd), 'spurious', sum(p['spurious'] for p in pd))
