"""Print each sampled story (date, text) followed by all of dateline's events in it,
marking which are sampled items (by n). Usage: python stories.py [doc ...]"""
import json, sys
HERE = '/work/wt/j165d/docs/judged/round165/'
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs:
        docs.append(d)
if sys.argv[1:]:
    docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j165d/data/heldout_news60/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r165/heldout_news60.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; rec = recs[d]
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('=' * 100)
    print(d, s['date'], s.get('title'))
    print(s['text'])
    print('--- dateline events')
    for e in rec['events']:
        ns = [i['n'] for i in items if i['doc'] == d and i['event_id'] == e['id']]
        print(f"  {e['id']}{' *n=' + str(ns[0]) if ns else ''} [{e['trigger']['text']}] {e['type']}/{e['mode']} "
              f"{[acts.get(a, a) for a in e['source']]} -> {[acts.get(a, a) for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']} | {e['sentence']['text'][:90]}")
