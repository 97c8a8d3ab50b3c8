"""Print each sampled story (title, date, text) and all of dateline's events in it,
grouped by sentence, marking the sampled items. Usage: docview.py [doc ...]"""
import json, sys
HERE = '/work/wt/j148c/docs/judged/round148/'
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-c.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs:
        docs.append(d)
if len(sys.argv) > 1:
    docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j148c/data/heldout_news51/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r146/heldout_news51.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
sampled = {(i['doc'], i['event_id']): i['n'] for i in items}
for doc in docs:
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: '%s[%s/%s]' % (a['name'], a.get('country'), a.get('sector')) for a in r['actors']}
    print('=' * 100)
    print(doc, s['date'], '|', s['title'])
    print(s['text'])
    print('--- events')
    last = None
    for e in r['events']:
        st = e['sentence']['start']
        if st != last:
            print('  S@%d: %s' % (st, e['sentence']['text'].strip()[:160]))
            last = st
        mark = ('  <<#%d' % sampled[(doc, e['id'])]) if (doc, e['id']) in sampled else ''
        print('    %s %s/%s trig=%r %s -> %s date=%s(%s) mod=%s rep=%s%s' % (
            e['id'], e['type'], e['mode'], e['trigger']['text'],
            [actors.get(x, x) for x in e['source']], [actors.get(x, x) for x in e['target']],
            e['date']['value'], e['date']['basis'], e['modality'],
            actors.get(e['reported_by'], e['reported_by']), mark))
