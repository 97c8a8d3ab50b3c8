# Checks events-d.jsonl against the items and tallies per-field counts and paragraph totals.
import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in keys)
    if not v['event']:
        assert not any(v.values())
print({k: sum(o['verdict'][k] for o in out) for k in keys + ['all']})
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs', len(ps), 'coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
pin = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert [p['doc'] for p in pin] == [p['doc'] for p in ps]
assert [len(p['events']) for p in pin] == [p['dateline_events'] for p in ps]
print('ok')
