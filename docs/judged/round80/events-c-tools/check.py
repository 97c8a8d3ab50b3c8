# Checks the judge-c files and prints the per-field counts and the paragraph totals.
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 50 == len(items)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({f: sum(b['verdict'][f] for b in ver) for f in F + ['all']})
P = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
