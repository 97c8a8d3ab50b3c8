"""Check the verdict files and print per-field counts and paragraph totals."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
outs = [json.loads(l) for l in open('events-a.jsonl')]
assert len(outs) == 50
for a, b in zip(items, outs):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
for k in F + ['all']:
    print(f"{k:9s} {sum(o['verdict'][k] for o in outs)}/50")
ps = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline events', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
