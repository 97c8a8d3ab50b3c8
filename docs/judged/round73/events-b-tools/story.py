"""Print a story's text and all dateline events (type, trigger, args) for the given doc ids."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j73b/data/heldout_news14/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r73/heldout_news14.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    actors = {a['id']: a for a in r['actors']}
    def nm(i):
        a = actors.get(i, {})
        return f"{a.get('name', a.get('text', i))}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig='{e['trigger']['text']}'@{e['sentence']['start']} src={[nm(x) for x in e['source']]} tgt={[nm(x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
