"""Print a sampled story's full text and dateline's events (one line each), for judging.
usage: story.py DOC [DOC ...]"""
import json, sys
STORIES = '/work/wt/j119d/data/heldout_news37/stories.jsonl'
OUT = '/tmp/r119/heldout_news37.judge.jsonl'
want = set(sys.argv[1:])
stories = {}
for line in open(STORIES):
    s = json.loads(line)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for line in open(OUT):
    r = json.loads(line)
    if r['id'] in want:
        recs[r['id']] = r['record']
for d in sys.argv[1:]:
    s = stories[d]; r = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('--- events')
    for e in r['events']:
        print(f"{e['id']}: {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(x,x) for x in e['source']]} "
              f"tgt={[actors.get(x,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) "
              f"mod={e['modality']} | {e['sentence']['text'][:90]!r}")
