# Checks events-c.jsonl against the items and paragraphs-c-verdicts.jsonl line count.
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = [json.loads(l) for l in open('events-c.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    six = [v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality')]
    assert v['all'] == all(six)
    if not v['event']: assert not any(six) and not v['all']
    assert b['reasons']
assert len(open('paragraphs-c-verdicts.jsonl').readlines()) == 6
print('ok')
