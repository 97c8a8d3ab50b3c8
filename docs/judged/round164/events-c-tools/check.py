# Checks events-c.jsonl against the items and prints per-field counts and paragraph totals.
import json
F6 = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F6)
    if not v['event']:
        assert not any(v.values())
    assert b['reasons']
for k in F6 + ('all',):
    print(f"{k:9s} {sum(o['verdict'][k] for o in out)}/50")
P = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs:', len(P), 'coded acts', sum(len(p['coder_events']) for p in P),
      'found', sum(p['found'] for p in P), 'dateline events', sum(p['dateline_events'] for p in P),
      'spurious', sum(p['spurious'] for p in P))
