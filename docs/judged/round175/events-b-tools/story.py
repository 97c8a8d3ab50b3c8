"""Print a story (from stories.jsonl) and dateline's events for it, compactly.
usage: story.py DOC [DOC...]"""
import json, sys
STORIES = '/work/wt/j175b/data/heldout_news64/stories.jsonl'
JUDGE = '/tmp/r173/heldout_news64.judge.jsonl'
want = set(sys.argv[1:])
st = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in want:
        st[d['id']] = d
recs = {}
for l in open(JUDGE):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    s = st[doc]
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    r = recs[doc]
    actors = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append('%s[%s]' % (a.get('name') or a.get('text'), a.get('country')))
        return out
    print('-- dateline events:')
    for e in r['events']:
        print(' ', e['id'], e['type'], e['mode'], repr(e['trigger']['text']), nm(e['source']), '->', nm(e['target']),
              e['date']['value'], e['date']['basis'], e['modality'], '|', e['sentence']['text'][:70].replace('\n', ' '))
