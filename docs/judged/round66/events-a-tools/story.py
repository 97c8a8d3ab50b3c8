"""Print a story (full text, document date) and dateline's events per sentence.
usage: story.py DOC [DOC ...]"""
import json, sys
STORIES = '/work/wt/j66a/data/heldout_news10/stories.jsonl'
OUT = '/tmp/r66/heldout_news10.judge.jsonl'
want = set(sys.argv[1:])
st = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in want:
        st[d['id']] = d
recs = {}
for l in open(OUT):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    s = st[doc]; r = recs[doc]
    actors = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}]" for a in r['actors']}
    print('=' * 100)
    print(doc, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} "
              f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
        print(f"      S: {e['sentence']['text'][:160].strip()}")
