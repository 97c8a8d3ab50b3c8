"""Print a story's text and all dateline events (resolved actors) for given doc ids.
usage: story.py DOC [DOC...]   (--para: only events in the first paragraph)"""
import json, sys
J = '/tmp/r85/heldout_news20.judge.jsonl'
S = '/work/wt/j86a/data/heldout_news20/stories.jsonl'
args = [a for a in sys.argv[1:] if not a.startswith('--')]
para = '--para' in sys.argv
stories = {}
for l in open(S):
    s = json.loads(l)
    if s['id'] in args: stories[s['id']] = s
recs = {}
for l in open(J):
    r = json.loads(l)
    if r['id'] in args: recs[r['id']] = r['record']
def act(rec, ids):
    m = {a['id']: a for a in rec['actors']}
    out = []
    for i in ids:
        a = m.get(i)
        out.append(f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else i)
    return out
for d in args:
    s = stories[d]; rec = recs[d]
    print('=' * 30, d, s['date'], s.get('title'))
    text = rec['text']
    if not para:
        print(s['text'])
    first_end = text.find('\n') if '\n' in text else len(text)
    print('--- events')
    for e in rec['events']:
        if para and e['trigger']['start'] > first_end: continue
        print(f"{e['id']} trig={e['trigger']['text']!r}@{e['trigger']['start']} {e['type']}/{e['mode']} cameo={e['cameo']} src={act(rec,e['source'])} tgt={act(rec,e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} rep={e['reported_by']}")
        print('    SENT:', e['sentence']['text'][:300].replace('\n',' '))
