"""Check the verdict files and print per-field counts and paragraph totals."""
import json
KEYS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ev = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ev) == 50
for a, b in zip(items, ev):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in KEYS)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
counts = {k: sum(b['verdict'][k] for b in ev) for k in KEYS + ['all']}
print('per-field right of 50:', counts)
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
tot = dict(coded=sum(len(p['coder_events']) for p in ps), found=sum(p['found'] for p in ps),
           dateline=sum(p['dateline_events'] for p in ps), spurious=sum(p['spurious'] for p in ps))
print('paragraphs:', tot)
for b in ev:
    wrong = [k for k in KEYS if not b['verdict'][k]]
    if wrong:
        print(b['n'], b['type'], wrong)
