# print each sampled story (in item order) with its items and all dateline events per sentence of those items
import json, sys
R = '/work/wt/j91c/docs/judged/round91/'
items = [json.loads(l) for l in open(R + 'events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j91c/data/heldout_news23/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r91/heldout_news23.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for d in docs[lo:hi]:
    s = stories[d]; rec = recs[d]
    names = {a['id']: a.get('name') or a.get('text') for a in rec.get('actors', [])}
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    mine = [it for it in items if it['doc'] == d]
    print('-- items:', [(it['n'], it['event_id'], it['trigger']) for it in mine])
    sents = set(it['sentence'].strip() for it in mine)
    for e in rec['events']:
        if e['sentence']['text'].strip() in sents:
            print('  dl', e['id'], e['trigger']['text'], e['type'], e['mode'], [names.get(x, x) for x in e['source']], [names.get(x, x) for x in e['target']], e['date']['value'], e['modality'], '|', e['sentence']['text'][:60])
