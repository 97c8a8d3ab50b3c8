"""Print the full story of each sampled doc (items + paragraphs of judge d) with dateline's events
listed per sentence (for the duplicate check). usage: python stories.py > out.txt"""
import json, sys
HERE = '/work/wt/j131d/docs/judged/round131/'
docs = []
for f in ['events-d-items.jsonl', 'paragraphs-d.jsonl']:
    for l in open(HERE + f):
        d = json.loads(l)['doc']
        if d not in docs:
            docs.append(d)
stories = {}
for l in open('/work/wt/j131d/data/heldout_news43/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r131/heldout_news43.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; rec = recs[d]
    actors = {a['id']: a for a in rec.get('actors', [])}
    def an(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(a.get('name') or a.get('text') or i)
        return out
    print('=' * 100)
    print(d, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events')
    for e in rec['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={an(e['source'])} tgt={an(e['target'])} date={e['date']['value']} mod={e['modality']} | {e['sentence']['text'][:90]}")
