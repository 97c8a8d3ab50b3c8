"""Print each sampled doc's story (title, date, text) and all dateline events in it, compactly.
usage: dump.py ITEMS.jsonl PARAGRAPHS.jsonl > out.txt"""
import json, sys
items = [json.loads(l) for l in open(sys.argv[1])]
paras = [json.loads(l) for l in open(sys.argv[2])]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories = {}
for l in open('/work/wt/j103c/data/heldout_news29/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r103/heldout_news29.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    sampled = [i['n'] for i in items if i['doc'] == d]
    print('=' * 100); print(d, s['date'], s['title'], 'sampled:', sampled)
    print(s['text'])
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} | {e['sentence']['text'][:90].strip()}")
