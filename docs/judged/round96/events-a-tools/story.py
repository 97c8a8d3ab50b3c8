"""Print each sampled story (text) with all dateline events in it; sampled items marked with their n.
usage: story.py DOC [DOC...]   (or 'all' for every doc in events-a-items.jsonl + paragraphs-a.jsonl)"""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parent.parent
items = [json.loads(l) for l in open(here / 'events-a-items.jsonl')]
paras = [json.loads(l) for l in open(here / 'paragraphs-a.jsonl')]
stories = {}
for l in open('/work/wt/j96a/data/heldout_news25/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
docs = sys.argv[1:]
if docs == ['all']:
    docs = []
    for x in items + paras:
        if x['doc'] not in docs: docs.append(x['doc'])
for doc in docs:
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('-- events')
    mine = {(i['event_id']): i['n'] for i in items if i['doc'] == doc}
    for e in r['events']:
        mark = f"#{mine[e['id']]}" if e['id'] in mine else '  '
        print(f"{mark:4} {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actors.get(a,a) for a in e['source']]} "
              f"tgt={[actors.get(a,a) for a in e['target']]} date={e['date'] and (e['date'].get('value'), e['date'].get('basis'))} "
              f"mod={e['modality']} rep={actors.get(e['reported_by'], e['reported_by'])}")
        print('        S:', e['sentence']['text'].strip()[:300])
