"""Print a story (date, title, text) and dateline's events in it, compactly.
usage: python story.py DOC [DOC...]"""
import json, sys
R = '/tmp/r71/heldout_news13.judge.jsonl'
S = '/work/wt/j71c/data/heldout_news13/stories.jsonl'
want = set(sys.argv[1:])
stories = {}
for l in open(S):
    d = json.loads(l)
    if d['id'] in want:
        stories[d['id']] = d
for l in open(R):
    r = json.loads(l)
    if r['id'] not in want:
        continue
    rec = r['record']
    st = stories[r['id']]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec['actors']}
    print('=' * 100)
    print(r['id'], st['date'], st['title'])
    print(st['text'])
    print('--- events')
    for e in rec['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r}@{e['trigger']['start']} "
              f"src={[actors.get(a, a) for a in e['source']]} tgt={[actors.get(a, a) for a in e['target']]} "
              f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} sent@{e['sentence']['start']}")
