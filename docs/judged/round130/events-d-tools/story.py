"""Print a sampled story's text and dateline's events grouped by sentence (for context/duplicate check)."""
import json, sys
JUDGE = '/tmp/r129/heldout_news42.judge.jsonl'
STORIES = '/work/wt/j130d/data/heldout_news42/stories.jsonl'
docs = sys.argv[1:]
items = {}
for l in open('events-d-items.jsonl'):
    d = json.loads(l); items.setdefault(d['doc'], []).append((d['n'], d['event_id']))
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
recs = {}
for l in open(JUDGE):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
for doc in docs:
    s = stories[doc]; r = recs[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    acts = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}]" for a in r['actors']}
    print('--- dateline events:')
    mine = {e: n for n, e in items.get(doc, [])}
    for e in r['events']:
        mark = f"  <== ITEM #{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {[acts.get(x,x) for x in e['source']]} -> {[acts.get(x,x) for x in e['target']]} {e['date']['value']}({e['date']['basis']}) {e['modality']}{mark}")
        print('     S:', e['sentence']['text'].strip()[:200])
