"""Checks and per-field counts for events-b.jsonl and paragraphs-b-verdicts.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open('events-b-items.jsonl')]
ver = [json.loads(l) for l in open('events-b.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F[:-1])
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
print({k: sum(b['verdict'][k] for b in ver) for k in F})
pv = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pv) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
print('OK')
