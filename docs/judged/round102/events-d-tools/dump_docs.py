"""Print each sampled doc's story and all dateline events in it (for context and duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories = {}
for l in open('../../../data/heldout_news28/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r102/heldout_news28.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
sel = sys.argv[1:] or docs
for d in sel:
    s = stories[d]; r = recs[d]
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    sampled = [i['n'] for i in items if i['doc'] == d]
    print('=' * 100); print(d, s['date'], s['title'], 'items:', sampled); print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']} @{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={acts.get(e['reported_by'])}")
