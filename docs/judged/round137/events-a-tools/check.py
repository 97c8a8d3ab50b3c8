"""Check events-a.jsonl against the items and print per-field counts and paragraph totals."""
import json, os, collections
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(os.path.join(R, 'events-a-items.jsonl'))]
out = [json.loads(l) for l in open(os.path.join(R, 'events-a.jsonl'))]
assert len(out) == 50
for it, o in zip(items, out):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: o[k] for k in it} == it, it['n']
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F), it['n']
    if not v['event']:
        assert not any(v[f] for f in F + ['all']), it['n']
    assert o['reasons']
c = collections.Counter()
for o in out:
    for f in F + ['all']:
        c[f] += o['verdict'][f]
print(' '.join('%s=%d' % (f, c[f]) for f in F + ['all']), '(of 50)')
wrong = collections.Counter()
for o in out:
    if o['verdict']['event']:
        for f in F[1:]:
            if not o['verdict'][f]:
                wrong[f] += 1
print('wrong among real events:', dict(wrong))
ps = [json.loads(l) for l in open(os.path.join(R, 'paragraphs-a-verdicts.jsonl'))]
assert len(ps) == 6
print('paragraphs: coded=%d found=%d dateline=%d spurious=%d' % (
    sum(len(p['coder_events']) for p in ps), sum(p['found'] for p in ps),
    sum(p['dateline_events'] for p in ps), sum(p['spurious'] for p in ps)))
