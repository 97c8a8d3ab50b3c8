"""Print a story (title, date, text) and dateline's events per sentence, compactly."""
import json, sys
STORIES = '/work/wt/j64a/data/heldout_news9/stories.jsonl'
OUT = '/tmp/r64/heldout_news9.judge.jsonl'
want = sys.argv[1:]
stories = {}
for l in open(STORIES):
    o = json.loads(l)
    if o['id'] in want: stories[o['id']] = o
recs = {}
for l in open(OUT):
    o = json.loads(l)
    if o['id'] in want: recs[o['id']] = o['record']
for d in want:
    s = stories[d]; r = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    acts = {a['id']: a for a in r['actors']}
    def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" for i in ids]
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']} | {e['sentence']['text'][:90]!r}")
