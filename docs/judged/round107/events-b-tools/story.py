"""Print a story's text (with document date) and dateline's events grouped by sentence.
usage: story.py DOC [DOC...]"""
import json, sys
R = '/tmp/r107/heldout_news31.judge.jsonl'
S = '/work/wt/j107b/data/heldout_news31/stories.jsonl'
want = set(sys.argv[1:])
stories = {}
for l in open(S):
    d = json.loads(l)
    if d['id'] in want: stories[d['id']] = d
for l in open(R):
    d = json.loads(l)
    if d['id'] not in want: continue
    r = d['record']; st = stories[d['id']]
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    print('=' * 100); print(d['id'], 'DOCDATE', r['document_date'], '|', st['title']); print(st['text'])
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']} {e['mode']} "
              f"src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} "
              f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} :: {e['sentence']['text'][:90]}")
