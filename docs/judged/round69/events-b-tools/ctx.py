"""Print, per sampled doc, the full story and dateline's events (brief) for judging context."""
import json, sys
base = '/work/wt/j69b/docs/judged/round69/'
items = [json.loads(l) for l in open(base + 'events-b-items.jsonl')]
stories = {}
for l in open('/work/wt/j69b/data/heldout_news12/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
out = {}
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    d = json.loads(l); out[d['id']] = d['record']
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for doc in docs[lo:hi]:
    s = stories[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    print('-- items:', [(it['n'], it['event_id']) for it in items if it['doc'] == doc])
    rec = out[doc]
    act = {a['id']: a for a in rec.get('actors', [])}
    nm = lambda ids: [act[i].get('name', act[i].get('text', i)) if i in act else i for i in ids]
    for e in rec.get('events', []):
        print('  ', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), '|', nm(e['source']), '->', nm(e['target']),
              '|', e['date'].get('value'), e['date'].get('basis'), e['modality'], '| S@', e['sentence']['start'])
