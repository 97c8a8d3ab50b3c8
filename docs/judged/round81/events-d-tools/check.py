"""Check events-d.jsonl against the items and print per-field counts and paragraph totals."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-d-items.jsonl'))]
outs = [json.loads(l) for l in open(os.path.join(ROOT, 'events-d.jsonl'))]
assert len(outs) == 50 == len(items)
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
for it, o in zip(items, outs):
    for k in ('n', 'doc', 'trigger', 'event_id'):
        assert it[k] == o[k], (it['n'], k)
    assert {k: v for k, v in o.items() if k not in ('verdict', 'reasons')} == it
    v = o['verdict']
    assert v['all'] == all(v[k] for k in keys), it['n']
    if not v['event']:
        assert not any(v[k] for k in keys + ['all']), it['n']
    assert o['reasons'].strip()
counts = {k: sum(o['verdict'][k] for o in outs) for k in keys + ['all']}
print('per-field right of 50:', counts)
paras = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-d-verdicts.jsonl'))]
assert len(paras) == 6
tot = dict(coded=sum(len(p['coder_events']) for p in paras), found=sum(p['found'] for p in paras),
           dateline=sum(p['dateline_events'] for p in paras), spurious=sum(p['spurious'] for p in paras))
print('paragraphs:', tot)
from collections import Counter
print('wrong by type:', Counter((o['type'], k) for o in outs for k in keys if not o['verdict'][k] and o['verdict']['event']))
