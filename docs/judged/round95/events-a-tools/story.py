"""Print a story's text and all of dateline's events in it (compact), for context and duplicate checks.
usage: story.py DOC [DOC ...]"""
import json, sys
recs = {}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j95a/data/heldout_news25/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name', a.get('text', i))}[{a.get('country')}/{a.get('sector')}]")
        return out
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} | {e['sentence']['text'][:90].strip()}")
