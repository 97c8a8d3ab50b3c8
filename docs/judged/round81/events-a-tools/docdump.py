"""Print a story's text and every dateline event in it (for context and the duplicate check)."""
import json, sys
OUT = '/tmp/r81/heldout_news18.judge.jsonl'
STORIES = '/work/wt/j81a/data/heldout_news18/stories.jsonl'
docs = sys.argv[1:]
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in docs:
        stories[d['id']] = d
for l in open(OUT):
    r = json.loads(l)
    if r['id'] not in docs:
        continue
    rec = r['record']
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec['actors']}
    s = stories[r['id']]
    print('=' * 100)
    print(r['id'], s['date'], s['title'])
    print(s['text'])
    print('--- events')
    for e in rec['events']:
        print(f"{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r}@{e['trigger']['start']} "
              f"src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} "
              f"date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} sent@{e['sentence']['start']}")
