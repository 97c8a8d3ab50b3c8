import json, sys
"""Print stories (title, date, text) and dateline's events for given doc ids."""
stories = {}
for l in open('/work/wt/j125d/data/heldout_news40/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
out = {}
for l in open('/tmp/r125/heldout_news40.judge.jsonl'):
    d = json.loads(l); out[d['id']] = d['record']
for doc in sys.argv[1:]:
    s = stories[doc]
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    rec = out.get(doc)
    if rec:
        act = {a['id']: '%s[%s/%s]' % (a['name'], a.get('country'), a.get('sector')) for a in rec['actors']}
        for e in rec.get('events', []):
            print('  EV', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), [act.get(x, x) for x in e['source']], '->', [act.get(x, x) for x in e['target']], e['date']['value'], e['date']['basis'], e['modality'], '|', e['sentence']['text'][:70].replace('\n', ' '))
