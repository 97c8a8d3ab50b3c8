"""Final checks on events-d.jsonl and paragraphs-d-verdicts.jsonl."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 45 == len(items)
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']; six = [v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality')]
    assert v['all'] == all(six)
    if not v['event']: assert not any(six) and not v['all']
    assert b['reasons']
p = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(p) == 6
print('ok')
