"""Print a story's text and all dateline events in it (for context and duplicate check).
usage: python3 story.py DOC [DOC...]"""
import json, sys
STORIES = '/work/wt/j172a/data/heldout_news63/stories.jsonl'
OUT = '/tmp/r170/heldout_news63.judge.jsonl'
want = set(sys.argv[1:])
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in want: stories[d['id']] = d
recs = {}
for l in open(OUT):
    d = json.loads(l)
    if d['id'] in want: recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid
for doc in sys.argv[1:]:
    s = stories[doc]; rec = recs.get(doc)
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('-' * 40)
    if rec:
        for e in rec['events']:
            print(f"{e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
                  f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
            print('     S:', e['sentence']['text'].strip()[:300])
