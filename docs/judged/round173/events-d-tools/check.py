# Check judge d's outputs against the brief and print the per-field counts and paragraph totals.
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
outs = [json.loads(l) for l in open('events-d.jsonl')]
assert len(outs) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for it, o in zip(items, outs):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    assert all(o[k] == it[k] for k in it)
    v = o['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']:
        assert not any(v[k] for k in F + ['all'])
    assert o['reasons']
counts = {k: sum(o['verdict'][k] for o in outs) for k in F + ['all']}
print('counts of 50:', counts)
ps = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(ps) == 6
print('paragraphs: coded', sum(len(p['coder_events']) for p in ps), 'found', sum(p['found'] for p in ps),
      'dateline events', sum(p['dateline_events'] for p in ps), 'spurious', sum(p['spurious'] for p in ps))
from collections import Counter
c = Counter(k for o in outs for k in F if not o['verdict'][k] and o['verdict']['event'])
print('wrong fields among real events:', dict(c))
