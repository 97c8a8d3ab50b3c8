# Checks events-b.jsonl against the items and prints per-field counts and paragraph totals.
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
F = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
ver = [json.loads(l) for l in open('events-b.jsonl')]
assert len(ver) == 50
for it, v in zip(items, ver):
    for k in it: assert v[k] == it[k], (it['n'], k)
    vd = v['verdict']
    assert vd['all'] == all(vd[f] for f in F), it['n']
    if not vd['event']: assert not any(vd[f] for f in F + ['all']), it['n']
    assert v['reasons']
cnt = {f: sum(v['verdict'][f] for v in ver) for f in F + ['all']}
print('per-field right of 50:', cnt)
P = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(P) == 6
print('paragraphs: coded acts %d, found %d, dateline events %d, spurious %d' % (
    sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P),
    sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P)))
pin = [json.loads(l) for l in open('paragraphs-b.jsonl')]
for a, b in zip(pin, P): assert a['doc'] == b['doc'] and len(a['events']) == b['dateline_events']
print('all checks passed')
