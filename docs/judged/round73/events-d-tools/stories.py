import json, sys
want = set()
for f in ('events-d-items.jsonl', 'paragraphs-d.jsonl'):
    for l in open(f):
        want.add(json.loads(l)['doc'])
sel = sys.argv[1:] or sorted(want)
for l in open('/work/wt/j73d/data/heldout_news14/stories.jsonl'):
    d = json.loads(l)
    did = d.get('doc') or d.get('id') or d.get('doc_id')
    if did in sel:
        print('=' * 20, did, {k: v for k, v in d.items() if k not in ('text', 'body')})
        print(d.get('text') or d.get('body'))
