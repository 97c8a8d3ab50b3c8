"""Print a story (title, date, text) and all dateline events in it, for the docs given."""
import json, sys
JUDGE = '/tmp/r79/heldout_news17.judge.jsonl'
STORIES = '/work/wt/j80d/data/heldout_news17/stories.jsonl'
docs = sys.argv[1:]
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open(JUDGE):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-' * 40)
    actors = {a['id']: a for a in r['actors']}
    def an(ids):
        return [f"{actors[i]['name']}[{actors[i]['country']}/{actors[i]['sector']}/{actors[i]['kind']}]" for i in ids]
    for e in r['events']:
        print(f"{e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {e['cameo']} src={an(e['source'])} tgt={an(e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
