"""Print, for each sampled doc, the story text and all dateline events (grouped by sentence)."""
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
docs=sorted({i['doc'] for i in items}|{json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')})
want=set(sys.argv[1:]) or set(docs)
recs={}
for l in open('/tmp/r115/heldout_news35.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in want: recs[d['id']]=d['record']
stories={}
for l in open('/work/wt/j115a/data/heldout_news35/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want: stories[d['id']]=d
def actor(rec,a):
    for x in rec['actors']:
        if x['id']==a: return f"{x.get('name')}[{x.get('country')}]"
    return a
for doc in sorted(want):
    s=stories[doc]; rec=recs[doc]
    print('='*100); print(doc, s['date'], s['title']); print(s['text']); print('-- events --')
    mine={i['event_id']:i['n'] for i in items if i['doc']==doc}
    for e in rec['events']:
        tag=f"  <== item {mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} {e['modality']}{tag}")
