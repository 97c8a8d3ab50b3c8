"""Checks the brief asks for before finishing."""
import json
base = '/work/wt/j69b/docs/judged/round69/'
it = [json.loads(l) for l in open(base + 'events-b-items.jsonl')]
ev = [json.loads(l) for l in open(base + 'events-b.jsonl')]
F = ['event', 'type', 'source', 'target', 'date', 'modality']
assert len(ev) == 50
for a, b in zip(it, ev):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']; assert v['all'] == all(v[k] for k in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
pp = [json.loads(l) for l in open(base + 'paragraphs-b-verdicts.jsonl')]
assert len(pp) == 6 and [p['doc'] for p in pp] == [json.loads(l)['doc'] for l in open(base + 'paragraphs-b.jsonl')]
for p in pp: assert p['dateline_events'] == len([x for x in open(base+'paragraphs-b.jsonl') if json.loads(x)['doc']==p['doc']][0] and json.loads([x for x in open(base+'paragraphs-b.jsonl') if json.loads(x)['doc']==p['doc']][0])['events'])
print('ok')
