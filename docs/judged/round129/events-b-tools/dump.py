"""Print, for each sampled doc (in item order), the full story and all dateline events in it."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open('/work/wt/j129b/data/heldout_news42/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r129/heldout_news42.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid
for doc in docs:
    s = stories[doc]; r = recs[doc]
    print('=' * 100)
    print(doc, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events:')
    sampled = {i['event_id']: i['n'] for i in items if i['doc'] == doc}
    for e in r['events']:
        mark = f"  <<< ITEM #{sampled[e['id']]}" if e['id'] in sampled else ''
        print(f" {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(r,x) for x in e['source']]} tgt={[actor(r,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{mark}")
        print(f"     S: {e['sentence']['text'].strip()[:250]}")
