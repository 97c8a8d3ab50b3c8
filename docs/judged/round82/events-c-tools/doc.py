"""Print a story (title, date, text) and all dateline events, marking the sampled items.
usage: doc.py DOC_ID [DOC_ID...]"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j82c/data/heldout_news18/stories.jsonl')}
recs = {}
for l in open('/tmp/r81/heldout_news18.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(HERE.parent / 'events-c-items.jsonl')]
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('-' * 50)
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == doc}
    for e in r['events']:
        mark = f"#{mine[e['id']]}" if e['id'] in mine else '   '
        print(f"{mark} {e['id']} [{e['sentence']['text'][:60]!r}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[actors.get(x, x) for x in e['source']]} tgt={[actors.get(x, x) for x in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={actors.get(e['reported_by'], e['reported_by'])}")
