"""Check events-b.jsonl against the items and count right fields."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
ver = [json.loads(l) for l in open('events-b.jsonl')]
assert len(ver) == 50
F = ('event', 'type', 'source', 'target', 'date', 'modality')
for it, v in zip(items, ver):
    assert (it['n'], it['doc'], it['trigger']) == (v['n'], v['doc'], v['trigger'])
    d = v['verdict']
    assert d['all'] == all(d[k] for k in F)
    if not d['event']:
        assert not any(d.values())
    for k in it:
        assert it[k] == v[k]
print({k: sum(v['verdict'][k] for v in ver) for k in F + ('all',)})
par = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')] if __import__('os').path.exists('paragraphs-b-verdicts.jsonl') else []
print(len(par), 'paragraph lines;', 'coded', sum(len(p['coder_events']) for p in par), 'found', sum(p['found'] for p in par),
      'dateline', sum(p['dateline_events'] for p in par), 'spurious', sum(p['spurious'] for p in par))
