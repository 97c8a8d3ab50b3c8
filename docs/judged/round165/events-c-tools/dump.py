"""Print each sampled story (title, date, text) and every dateline event in it, for judge c."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
docs = sorted(set(i['doc'] for i in items) | set(p['doc'] for p in paras))
stories = {}
for l in open('/work/wt/j165c/data/heldout_news60/stories.jsonl'):
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
    act = {a['id']: a for a in rec['actors']}
    def nm(ids):
        return [f"{act[i]['name']}[{act[i]['country']}/{act[i]['sector']}]" for i in ids]
    mine = [i['n'] for i in items if i['doc'] == d]
    print('=' * 100)
    print(d, s['date'], s['title'], 'items:', mine)
    print(s['text'])
    print('--- dateline events')
    for e in rec['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} | {e['sentence']['text'][:90]!r}")
