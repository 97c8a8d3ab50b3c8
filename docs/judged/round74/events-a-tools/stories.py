"""Print the full story and all dateline events (sentence, trigger, type, args) for given docs."""
import json, sys
docs = sys.argv[1:]
stories, recs = {}, {}
for l in open('/work/wt/j74a/data/heldout_news14/stories.jsonl'):
    o = json.loads(l)
    if o['id'] in docs: stories[o['id']] = o
for l in open('/tmp/r73/heldout_news14.judge.jsonl'):
    o = json.loads(l)
    if o['id'] in docs: recs[o['id']] = o['record']
for d in docs:
    s = stories[d]
    print('=' * 30, d, s['date'], s['title'])
    print(s['text'])
    r = recs.get(d, {})
    act = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r.get('actors', [])}
    print('--- dateline events')
    for e in r.get('events', []):
        print(' ', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'),
              'SRC', [act.get(x, x) for x in e['source']], 'TGT', [act.get(x, x) for x in e['target']],
              e['date']['value'], e['date']['basis'], e['modality'], '| S:', e['sentence']['text'][:90].strip())
