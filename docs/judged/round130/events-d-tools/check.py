"""Check judge d's files against the brief and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
ev = [json.loads(l) for l in open('events-d.jsonl')]
assert len(ev) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for i, e in zip(items, ev):
    assert (i['n'], i['doc'], i['trigger']) == (e['n'], e['doc'], e['trigger'])
    assert {k: v for k, v in e.items() if k not in ('verdict', 'reasons')} == i
    v = e['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert e['reasons']
pp = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pp) == 6
assert [p['doc'] for p in pp] == [json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
for p, src in zip(pp, [json.loads(l) for l in open('paragraphs-d.jsonl')]):
    assert p['dateline_events'] == len(src['events'])
print('checks ok')
for f in F + ['all']:
    print(f, sum(e['verdict'][f] for e in ev), '/ 50')
print('paragraphs: coded', sum(len(p['coder_events']) for p in pp), 'found', sum(p['found'] for p in pp),
      'dateline', sum(p['dateline_events'] for p in pp), 'spurious', sum(p['spurious'] for p in pp))
