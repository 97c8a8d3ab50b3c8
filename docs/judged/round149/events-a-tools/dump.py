"""Dump, for each doc in my items/paragraphs, the story (title, date, text) and dateline's events
(all of them, with sentence, trigger, args) so the items can be judged in context.
usage: dump.py > events-a-tools/dump.txt"""
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for i in items+paras:
    if i['doc'] not in docs: docs.append(i['doc'])
stories={}
for l in open('/work/wt/j149a/data/heldout_news52/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: stories[d['id']]=d
recs={}
for l in open('/tmp/r149/heldout_news52.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: recs[d['id']]=d['record']
for doc in docs:
    s=stories[doc]; r=recs[doc]
    actors={a['id']:a for a in r['actors']}
    def A(ids): return [f"{actors[x]['name']}[{actors[x]['country']}/{actors[x]['sector']}/{actors[x]['kind']}]" for x in ids]
    print('='*100); print(doc, s['date'], s.get('title'))
    mine=[i for i in items if i['doc']==doc]
    print('MY ITEMS:', [(i['n'],i['event_id'],i['trigger']) for i in mine])
    print(s['text']); print('-- dateline events:')
    for e in r['events']:
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {A(e['source'])} -> {A(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={A([e['reported_by']]) if e['reported_by'] else None}")
        print(f"      SENT: {e['sentence']['text'].strip()[:300]}")
