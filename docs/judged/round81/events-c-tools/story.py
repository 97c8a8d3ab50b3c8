"""Print a story with its date, title, and dateline's events (compact) per doc.
usage: story.py DOC [DOC...]"""
import json, sys
S = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j81c/data/heldout_news18/stories.jsonl')}
R = {json.loads(l)['id']: json.loads(l)['record'] for l in open('/tmp/r81/heldout_news18.judge.jsonl')}
for doc in sys.argv[1:]:
    s = S[doc]; r = R[doc]
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    A = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e.get('mode')} trig={e['trigger']['text']!r}@{e['trigger']['start']} "
              f"src={[A.get(x,x) for x in e['source']]} tgt={[A.get(x,x) for x in e['target']]} "
              f"date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} | {e['sentence']['text'][:80]}")
