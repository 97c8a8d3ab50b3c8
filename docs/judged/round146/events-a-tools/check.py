"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl; print per-field counts and paragraph totals."""
import json
HERE = '/work/wt/j146a/docs/judged/round146/'
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
items = [json.loads(l) for l in open(HERE + 'events-a-items.jsonl')]
ver = [json.loads(l) for l in open(HERE + 'events-a.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']: assert not any(v.values())
    assert b['reasons']
print({k: sum(b['verdict'][k] for b in ver) for k in F})
ps = [json.loads(l) for l in open(HERE + 'paragraphs-a-verdicts.jsonl')]
assert len(ps) == 6
print({'paragraphs': len(ps), 'coded': sum(len(p['coder_events']) for p in ps), 'found': sum(p['found'] for p in ps),
       'dateline_events': sum(p['dateline_events'] for p in ps), 'spurious': sum(p['spurious'] for p in ps)})
