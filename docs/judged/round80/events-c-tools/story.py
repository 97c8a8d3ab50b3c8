# Print a sampled story's full text with all of dateline's events in it (for context and duplicate checks).
import json, sys
docs = sys.argv[1:]
stories, recs = {}, {}
for l in open('/work/wt/j80c/data/heldout_news17/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
for l in open('/tmp/r79/heldout_news17.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
for doc in docs:
    s = stories[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    r = recs.get(doc, {})
    act = {a['id']: '%s[%s/%s]' % (a['name'], a.get('country'), a.get('sector')) for a in r.get('actors', [])}
    print('--- events')
    for e in r.get('events', []):
        print(' ', e['id'], repr(e['trigger']['text']), e['type'], e['mode'], [act.get(x, x) for x in e['source']], '->',
              [act.get(x, x) for x in e['target']], e['date']['value'], e['date']['basis'], e['modality'],
              '| sent:', e['sentence']['text'][:70].replace('\n', ' '))
