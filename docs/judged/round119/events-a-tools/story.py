"""Print a story (with its date) and all of dateline's events, grouped by sentence, for judging."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j119a/data/heldout_news37/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r119/heldout_news37.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; rec = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('='*100); print(d, s['date'], s['title']); print(s['text']); print('--- events')
    for e in rec['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
        print(f"       SENT: {e['sentence']['text'].strip()[:200]}")
