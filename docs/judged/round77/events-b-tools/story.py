"""Print a story's text and every dateline event in it, by sentence.
usage: story.py DOC [DOC...]"""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j77b/data/heldout_news16/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r77/heldout_news16.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    print('=' * 30, d, s['date'], s['title'])
    print(s['text'])
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name', a.get('text', i))}[{a.get('country')}]")
        return out
    print('-- events')
    for e in r['events']:
        print(f"  {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']} {e['date']['basis']} {e['modality']} | {e['sentence']['text'][:90]!r}")
