# print the full story of a doc plus dateline's events (trigger/type/src/tgt/date) for it
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j75b/data/heldout_news15/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        print('=====', s['id'], s['date'], s['title'])
        print(s['text'])
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        r = d['record']
        A = {a['id']: '%s[%s/%s]' % (a['name'], a.get('country'), a.get('sector')) for a in r['actors']}
        for e in r.get('events', []):
            print('  ', d['id'], e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'),
                  [A.get(x, x) for x in e['source']], '->', [A.get(x, x) for x in e['target']],
                  e['date'].get('value'), e['date'].get('basis'), e['modality'], '|', e['sentence']['text'][:70].strip())
