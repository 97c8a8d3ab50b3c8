"""Print the full story (from stories.jsonl) of each sampled doc, with dateline's
events in each sentence (trigger/type/source/target), for context and the duplicate check."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open('/work/wt/j173c/data/heldout_news64/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r173/heldout_news64.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
sel = sys.argv[1:] or docs
for d in sel:
    s = stories[d]; r = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    nums = [i['n'] for i in items if i['doc'] == d]
    print('=' * 100)
    print(d, s['date'], s['title'], 'items:', nums)
    print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        src = [actors.get(a, a) for a in e['source']]; tgt = [actors.get(a, a) for a in e['target']]
        print(f"  {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {src} -> {tgt} {e['date']['value']} {e['modality']} | {e['sentence']['text'][:90].strip()}")
