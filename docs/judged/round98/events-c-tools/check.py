"""Check events-c.jsonl against the items and paragraphs-c-verdicts.jsonl against paragraphs-c.jsonl."""
import json
items = [json.loads(l) for l in open('events-c-items.jsonl')]
ver = [json.loads(l) for l in open('events-c.jsonl')]
assert len(ver) == 43 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
    assert b['reasons']
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
pv = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(pv) == 6 and [p['doc'] for p in paras] == [p['doc'] for p in pv]
for p, q in zip(paras, pv):
    assert q['dateline_events'] == len(p['events']), q['doc']
    assert q['found'] <= len(q['coder_events']) and q['spurious'] <= q['dateline_events']
print('ok')
