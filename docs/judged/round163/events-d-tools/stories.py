"""Print the full stories of the sampled docs (items + paragraphs) with dateline's events per story."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
want = set(sys.argv[1:]) or set(docs)
stories, recs = {}, {}
for l in open('/work/wt/j163d/data/heldout_news58/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want: stories[d['id']] = d
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in want: recs[d['id']] = d['record']
def act(r, ids):
    a = {x['id']: x for x in r['actors']}
    return ['%s[%s/%s]' % (a[i]['name'], a[i]['country'], a[i]['sector']) for i in ids]
for doc in docs:
    if doc not in want: continue
    s, r = stories[doc], recs[doc]
    sampled = {i['event_id'] for i in items if i['doc'] == doc}
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('--- dateline events:')
    for e in r.get('events', []):
        print('  %s%s %s/%s "%s" %s -> %s %s %s | %s' % ('*' if e['id'] in sampled else ' ', e['id'], e['type'], e['mode'],
              e['trigger']['text'], act(r, e['source']), act(r, e['target']), e['date']['value'], e['modality'],
              e['sentence']['text'][:90].strip()))
