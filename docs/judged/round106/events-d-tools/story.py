"""Print a story (from stories.jsonl) and dateline's events in it, grouped by sentence.
usage: story.py DOC [DOC ...]"""
import json, sys
ST = '/work/wt/j106d/data/heldout_news30/stories.jsonl'
OUT = '/tmp/r106/heldout_news30.judge.jsonl'
want = set(sys.argv[1:])
stories = {}
for l in open(ST):
    d = json.loads(l)
    if d['id'] in want:
        stories[d['id']] = d
recs = {}
for l in open(OUT):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    print('=' * 100)
    print(doc, 'date', s['date'], '|', s['title'])
    print(s['text'])
    print('-- dateline events --')
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
              f"src={[actors.get(x, x) for x in e['source']]} tgt={[actors.get(x, x) for x in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} "
              f"rep={actors.get(e['reported_by'], e['reported_by'])}\n      SENT: {e['sentence']['text'][:200].strip()}")
