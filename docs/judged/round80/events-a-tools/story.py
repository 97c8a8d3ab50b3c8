"""Print a story (date, title, text) with dateline's events listed under each sentence."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j80a/data/heldout_news17/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r79/heldout_news17.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    actors = {a['id']: a for a in r.get('actors', [])}
    def an(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name', a.get('text', i))}[{a.get('country')}/{a.get('sector')}]")
        return out
    print('=' * 100); print(d, s['date'], s['title'])
    print(s['text'])
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={an(e['source'])} tgt={an(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} | {e['sentence']['text'][:90]!r}")
