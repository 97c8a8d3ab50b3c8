"""Print a story's text and all of dateline's events in it (compact), for judging.
usage: python doc.py DOC_ID [DOC_ID ...]"""
import json, sys
ids = set(sys.argv[1:])
stories = {}
for l in open('/work/wt/j139a/data/heldout_news47/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in ids:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r139/heldout_news47.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in ids:
        recs[r['id']] = r['record']
def actor(rec, a):
    for x in rec['actors']:
        if x['id'] == a:
            return f"{x.get('name')}[{x.get('country')}/{x.get('sector')}/{x.get('kind')}]"
    return a
for d in sys.argv[1:]:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-' * 40)
    for e in rec['events']:
        src = [actor(rec, a) for a in e['source']]; tgt = [actor(rec, a) for a in e['target']]
        print(f"{e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {src} -> {tgt} "
              f"date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={e['reported_by']}")
        print('     S:', e['sentence']['text'].strip()[:300])
