"""Print the full stories (and dateline's events per sentence) of the docs sampled for judge d."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j161d/data/heldout_news58/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
out = {}
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        out[r['id']] = r['record']
for d in docs:
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s['title'])
    print(s['text'])
    rec = out.get(d)
    evs = rec.get('events', []) if isinstance(rec, dict) else rec
    print('--- dateline events:')
    acts = {a['id']: a for a in rec.get('actors', [])}
    def nm(ids):
        r = []
        for i in ids or []:
            a = acts.get(i, {})
            r.append(a.get('name') or a.get('text') or i)
        return r
    for e in rec.get('events', []):
        print(' ', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), nm(e.get('source')), '->', nm(e.get('target')),
              (e.get('date') or {}).get('value'), e.get('modality'), '| S@', e['sentence']['start'], e['sentence']['text'][:70].replace('\n', ' '))
