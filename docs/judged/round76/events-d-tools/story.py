"""Print a story's full text and dateline's events for it (compact), for judging context.
usage: story.py DOC [DOC...]"""
import json, sys
S = {}
for l in open('/work/wt/j76d/data/heldout_news15/stories.jsonl'):
    d = json.loads(l); S[d['id']] = d
R = {}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    d = json.loads(l); R[d['id']] = d['record']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
for doc in sys.argv[1:]:
    s = S[doc]; r = R[doc]
    A = {a['id']: f"{a['name']}[{a['country']}]" for a in r['actors']}
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    print('--- dateline events:')
    for e in r['events']:
        mine = [it['n'] for it in items if it['doc'] == doc and it['event_id'] == e['id']]
        tag = f" <#{mine[0]}>" if mine else ''
        print(f"  {e['id']}{tag} '{e['trigger']['text']}' {e['type']} src={[A.get(x, x) for x in e['source']]} "
              f"tgt={[A.get(x, x) for x in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} "
              f"mod={e['modality']} | {e['sentence']['text'][:70]!r}")
