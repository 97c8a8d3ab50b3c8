"""Print the full story of each sampled doc with dateline's events (type, args, trigger) listed
after it, to read the context and do the duplicate check. Usage: stories.py DOC [DOC...]"""
import json, sys
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j167d/data/heldout_news60/stories.jsonl')}
recs = {}
for l in open('/tmp/r165/heldout_news60.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
for doc in sys.argv[1:]:
    s = stories[doc]
    print('=' * 100)
    print(doc, s['date'], s['title'])
    print(s['text'])
    rec = recs[doc]
    names = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('--- dateline events')
    for e in rec['events']:
        print(f"  {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"{[names.get(x, x) for x in e['source']]} -> {[names.get(x, x) for x in e['target']]} "
              f"{e['date']['value']} ({e['date']['basis']}) {e['modality']} | {e['sentence']['text'][:90]}")
