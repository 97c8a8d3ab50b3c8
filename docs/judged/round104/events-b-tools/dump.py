# Print each sampled story's text, then dateline's events grouped by sentence.
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
want = set(sys.argv[1:]) or set(docs)
stories = {}
for l in open('/work/wt/j104b/data/heldout_news29/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r104/heldout_news29.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']
sampled = {(x['doc'], x['event_id']): x['n'] for x in items}
for d in docs:
    if d not in want: continue
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s.get('title')); print(s['text']); print('-' * 40)
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    for e in rec['events']:
        tag = f"#{sampled[(d, e['id'])]}" if (d, e['id']) in sampled else ''
        print(f"{e['id']}{tag} s@{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")
