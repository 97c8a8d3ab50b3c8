# checks the deliverables and prints the counts
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ev = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ev) == 43 == len(items)
keys = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ev):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v[k] for k in keys + ['all'])
cnt = {k: sum(b['verdict'][k] for b in ev) for k in keys + ['all']}
print('per field (of 43):', cnt)
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
