"""Print each sampled doc's story (date, title, text) and all dateline events in it, marking my items.

usage: story.py DOC [DOC ...]   (or 'all' for every doc of events-a-items.jsonl in item order)
"""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parents[1]
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j90a/data/heldout_news22/stories.jsonl')}
recs = {json.loads(l)['id']: json.loads(l)['record'] for l in open('/tmp/r89/heldout_news22.judge.jsonl')}
items = [json.loads(l) for l in open(here / 'events-a-items.jsonl')]
docs = sys.argv[1:]
if docs == ['all']:
    docs = list(dict.fromkeys(i['doc'] for i in items))
for d in docs:
    s = stories[d]; r = recs[d]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" for i in ids]
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('=' * 100); print(d, s['date'], '|', s['title']); print(s['text'])
    print('-- events:')
    for e in r['events']:
        mark = f"  <<< ITEM {mine[e['id']]}" if e['id'] in mine else ''
        print(f"  {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e['reported_by']} | sent@{e['sentence']['start']}{mark}")
