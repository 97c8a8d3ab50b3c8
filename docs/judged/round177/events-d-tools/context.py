"""Print, for each sampled doc of judge d, the full story and every dateline event in it
(with its sentence), marking the sampled items. Usage: context.py ITEMS OUT"""
import json, sys
items = [json.loads(l) for l in open(sys.argv[1])]
docs = []
for i in items:
    if i['doc'] not in docs:
        docs.append(i['doc'])
stories = {}
for l in open('/work/wt/j177d/data/heldout_news66/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r177/heldout_news66.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
out = open(sys.argv[2], 'w')
for d in docs:
    s = stories[d]; r = recs[d]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        res = []
        for x in ids or []:
            a = acts.get(x, {})
            res.append('%s[%s/%s]' % (a.get('name', a.get('text', x)), a.get('country'), a.get('sector')))
        return res
    sampled = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('=' * 100, file=out)
    print(d, s['date'], s.get('title'), file=out)
    print(s['text'], file=out)
    print('--- dateline events', file=out)
    for e in r['events']:
        mark = ('*** ITEM #%d' % sampled[e['id']]) if e['id'] in sampled else ''
        print(' %s %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s %s' % (
            mark, e['id'], e['type'], e['mode'], e['trigger']['text'], nm(e['source']), nm(e['target']),
            e['date'].get('value'), e['date'].get('basis'), e['modality'], nm([e['reported_by']] if e.get('reported_by') else []), e['rule']), file=out)
        print('     SENT: ' + e['sentence']['text'].strip()[:400], file=out)
