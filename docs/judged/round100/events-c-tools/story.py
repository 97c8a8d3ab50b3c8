# print full story text and all dateline events (with actor names) for given doc ids
import json, sys
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j100c/data/heldout_news27/stories.jsonl')}
out = {}
for l in open('/tmp/r100/heldout_news27.judge.jsonl'):
    d = json.loads(l); out[d['id']] = d['record']
for doc in sys.argv[1:]:
    s = stories[doc]; r = out[doc]
    actors = {a['id']: a for a in r['actors']}
    def nm(ids):
        res = []
        for i in ids:
            a = actors.get(i, {})
            res.append('%s[%s]' % (a.get('name') or a.get('text'), a.get('country')))
        return res
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events:')
    sent = None
    for e in r['events']:
        if e['sentence']['text'] != sent:
            sent = e['sentence']['text']; print('  S:', sent.strip()[:200])
        print('    %s %-10s %-10s %s -> %s  date=%s/%s mod=%s' % (e['id'], e['trigger']['text'], e['type'], nm(e['source']), nm(e['target']), e['date'].get('value'), e['date'].get('basis'), e['modality']))
