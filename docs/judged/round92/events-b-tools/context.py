"""Print, for each sampled doc, the full story and all of dateline's events (compact),
marking the sampled items. Usage: context.py [doc ...]"""
import json, sys
HERE = '/work/wt/j92b/docs/judged/round92/'
items = [json.loads(l) for l in open(HERE + 'events-b-items.jsonl')]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-b.jsonl')]
docs = list(dict.fromkeys([i['doc'] for i in items] + [p['doc'] for p in paras]))
if sys.argv[1:]:
    docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j92b/data/heldout_news23/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r91/heldout_news23.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; rec = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    samp = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('=' * 100)
    print(d, s['date'], '|', s['title'])
    print(s['text'])
    print('--- dateline events')
    for e in rec['events']:
        mark = f"  <== ITEM #{samp[e['id']]}" if e['id'] in samp else ''
        print(f"{e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {[actors[a] for a in e['source']]} -> {[actors[a] for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e['reported_by']}{mark}")
        print('      S:', e['sentence']['text'][:300].replace('\n', ' '))
