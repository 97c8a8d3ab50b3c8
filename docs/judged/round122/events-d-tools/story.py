"""Print a story (by doc id) with its date, and dateline's events grouped by sentence."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j122d/data/heldout_news38/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r122/heldout_news38.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s.get('title'))
    print(s['text'])
    actors = {a['id']: a for a in rec.get('actors', [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}/{a.get('sector')}]")
        return out
    print('--- events')
    for e in rec['events']:
        print(f"  {e['id']} sent@{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']}")
