"""Print, for each sampled doc, the story (date, title, text) and every dateline event,
marking the sampled items. usage: ctx.py DOC [DOC...]  (or 'all')"""
import json, sys
ROOT = '/work/wt/j124a/docs/judged/round124/'
items = [json.loads(l) for l in open(ROOT + 'events-a-items.jsonl')]
recs = {}
for l in open('/tmp/r124/heldout_news39.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j124a/data/heldout_news39/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
docs = sys.argv[1:]
if docs == ['all']:
    docs = list(dict.fromkeys(i['doc'] for i in items))
for d in docs:
    s = stories[d]; rec = recs[d]
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec['actors']}
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('=' * 100); print(d, s['date'], '|', s.get('title')); print(s['text'])
    print('-- events')
    for e in rec['events']:
        tag = f"  <<#{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"{[acts[a] for a in e['source']]} -> {[acts[a] for a in e['target']]} "
              f"{e['date']['value']}({e['date']['basis']}) {e['modality']}{tag}")
