"""Check the outputs and print per-field counts."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
K = ["event","type","source","target","date","modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']; assert v['all'] == all(v[k] for k in K)
    if not v['event']: assert not any(v[k] for k in K + ['all'])
    assert b['reasons']
pl = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]; assert len(pl) == 6
for k in K + ['all']:
    print(f"{k:9s} {sum(o['verdict'][k] for o in out)}/50")
print('paragraphs:', sum(len(p['coder_events']) for p in pl), sum(p['found'] for p in pl), sum(p['dateline_events'] for p in pl), sum(p['spurious'] for p in pl))
