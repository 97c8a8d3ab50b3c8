"""Print a story's text and dateline's events for it (compact). Usage: story.py DOC [DOC...]"""
import json, sys
ST = '/work/wt/j135a/data/heldout_news45/stories.jsonl'
JD = '/tmp/r135/heldout_news45.judge.jsonl'
want = sys.argv[1:]
stories = {}
for l in open(ST):
    d = json.loads(l)
    if d['id'] in want:
        stories[d['id']] = d
recs = {}
for l in open(JD):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return '%s[%s/%s/%s]' % (a['name'], a['country'], a['sector'], a['kind'])
    return aid
for w in want:
    s = stories[w]
    print('=' * 100)
    print(w, s['date'], s['title'])
    print(s['text'])
    r = recs.get(w)
    if r is None:
        print('  (no dateline record)'); continue
    for e in r.get('events', []):
        print('  %s [%s] %s/%s src=%s tgt=%s date=%s/%s mod=%s | %s' % (
            e['id'], e['trigger']['text'], e['type'], e.get('mode'),
            [actor(r, a) for a in e['source']], [actor(r, a) for a in e['target']],
            e['date']['value'], e['date']['basis'], e['modality'], e['sentence']['text'].strip()[:80]))
