"""Print a story's full text (by doc id) and dateline's events, grouped by sentence."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j98c/data/heldout_news26/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r98/heldout_news26.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], datetime := '', s['title'])
    print(s['text'])
    rec = recs[d]
    actors = {a['id']: a for a in rec.get('actors', [])}
    def an(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name', i)}[{a.get('country')}]")
        return out
    print('--- dateline events')
    for e in rec['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={an(e['source'])} tgt={an(e['target'])} "
              f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} | {e['sentence']['text'][:90]!r}")
