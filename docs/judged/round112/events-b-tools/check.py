"""Check events-b.jsonl against the items, count right fields, check the paragraph file."""
import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = [json.loads(l) for l in open(os.path.join(base, 'events-b-items.jsonl'))]
ver = [json.loads(l) for l in open(os.path.join(base, 'events-b.jsonl'))]
assert len(ver) == 50 == len(items)
keys = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert all(b[k] == a[k] for k in a), a['n']
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys), a['n']
    if not v['event']:
        assert not any(v[k] for k in keys + ['all']), a['n']
counts = {k: sum(b['verdict'][k] for b in ver) for k in keys + ['all']}
print('right of 50:', counts)
paras = [json.loads(l) for l in open(os.path.join(base, 'paragraphs-b-verdicts.jsonl'))]
src = [json.loads(l) for l in open(os.path.join(base, 'paragraphs-b.jsonl'))]
assert len(paras) == 6 and [p['doc'] for p in paras] == [s['doc'] for s in src]
for p, s in zip(paras, src):
    assert p['dateline_events'] == len(s['events'])
tot = dict(coded=sum(len(p['coder_events']) for p in paras), found=sum(p['found'] for p in paras),
           dateline=sum(p['dateline_events'] for p in paras), spurious=sum(p['spurious'] for p in paras))
print('paragraphs:', tot)
