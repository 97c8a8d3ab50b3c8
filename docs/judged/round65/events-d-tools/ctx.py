"""Print, per doc of judge d's items: the story, every dateline event (compact), and which items are sampled."""
import json, sys
from collections import defaultdict
HERE = '/work/wt/j65d/docs/judged/round65/'
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
stories = {}
for l in open('/work/wt/j65d/data/heldout_news10/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r65/heldout_news10.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for p in paras:
    if p['doc'] not in docs: docs.append(p['doc'])
want = sys.argv[1:] or docs
bydoc = defaultdict(list)
for it in items: bydoc[it['doc']].append(it)
for d in want:
    s = stories[d]; r = recs[d]
    acts = {a['id']: a for a in r['actors']}
    def an(ids):
        return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}/{acts[i]['kind']}]" for i in ids]
    print('=' * 100); print(d, s['date'], s['title'])
    for i, p in enumerate(s['text'].split('\n\n')):
        print(f'  P{i}: {p}')
    samp = {it['event_id']: it['n'] for it in bydoc[d]}
    for e in r['events']:
        mark = f"#{samp[e['id']]}" if e['id'] in samp else '  '
        print(f"  {mark:>4} {e['id']} s@{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {an(e['source'])} -> {an(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e.get('reported_by')}")
