"""Dump the full story and all dateline events of each sampled doc (items + paragraphs) for reading."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
stories = {}
for l in open('/work/wt/j164a/data/heldout_news59/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r162/heldout_news59.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
for doc in docs:
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('text') or a.get('name')}[{a.get('country')}]")
        return out
    print('=' * 100)
    print(doc, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']} sent@{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} conf={e.get('confidence')}")
