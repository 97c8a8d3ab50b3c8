"""Print a story (title, date, text) with dateline's events for it, one line each.
usage: story.py DOC [DOC ...]"""
import json, sys
STORIES = '/work/wt/j113c/data/heldout_news34/stories.jsonl'
JUDGE = '/tmp/r113/heldout_news34.judge.jsonl'
want = sys.argv[1:]
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in want:
        stories[d['id']] = d
recs = {}
for l in open(JUDGE):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
for doc in want:
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    print('=' * 100)
    print(doc, s['date'], '|', s.get('title'))
    print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actors.get(a,a) for a in e['source']]} "
              f"tgt={[actors.get(a,a) for a in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} "
              f"@{e['sentence']['start']}: {e['sentence']['text'][:70]!r}")
