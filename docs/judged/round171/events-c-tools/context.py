"""Print, for each sampled item, the full story (once per doc) and the other dateline events in the item's sentence."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
docs={i['doc'] for i in items}
stories={}
for l in open('/work/wt/j171c/data/heldout_news62/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r169/heldout_news62.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: recs[d['id']]=d['record']
def name(r,a):
    for x in r['actors']:
        if x['id']==a: return x.get('text') or x.get('name') or a
    return a
mode=sys.argv[1] if len(sys.argv)>1 else 'same'
if mode=='stories':
    for d in sorted(docs):
        s=stories[d]; print('=====',d,s['date'],s['title']); print(s['text']); print()
else:
    for it in items:
        r=recs[it['doc']]
        print('#%d %s %s %s'%(it['n'],it['doc'],it['event_id'],it['trigger']))
        for e in r['events']:
            if e['sentence']['text']==it['sentence'] and e['id']!=it['event_id']:
                print('   other:',e['id'],e['trigger']['text'],e['type'],e['mode'],[name(r,a) for a in e['source']],'->',[name(r,a) for a in e['target']],e['date']['value'],e['modality'])
