"""Check events-a.jsonl against the items and count right fields; check the paragraph file."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
ver = [json.loads(l) for l in open('events-a.jsonl')]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    six = [v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality')]
    assert v['all'] == all(six)
    if not v['event']:
        assert not any(six) and not v['all']
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({f: sum(b['verdict'][f] for b in ver) for f in fields})
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
pv = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in pv]
for p, q in zip(paras, pv):
    assert q['dateline_events'] == len(p['events'])
print('paragraphs', len(pv), 'coded', sum(len(q['coder_events']) for q in pv), 'found', sum(q['found'] for q in pv),
      'dateline', sum(q['dateline_events'] for q in pv), 'spurious', sum(q['spurious'] for q in pv))
