"""Print a story (full text) and dateline's events in it, compactly.
usage: story.py DOC [DOC...]"""
import json, sys
S = {}
for l in open('/work/wt/j84d/data/heldout_news19/stories.jsonl'):
    d = json.loads(l); S[d['id']] = d
R = {}
for l in open('/tmp/r83/heldout_news19.judge.jsonl'):
    d = json.loads(l); R[d['id']] = d
for doc in sys.argv[1:]:
    s = S[doc]
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    rec = R[doc]['record']
    A = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec['actors']}
    evs = rec.get('events') or []
    print('--- dateline events:', len(evs))
    for e in evs:
        print(f"  {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} S={[A.get(x,x) for x in e['source']]} T={[A.get(x,x) for x in e['target']]} {e['date']['value']}({e['date']['basis']}) {e['modality']} | {e['sentence']['text'][:90]}")
