"""Print each sampled item with its full story (once per doc) and the other dateline events of its sentence."""
import json,sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
stories={}
for l in open('/work/wt/j95c/data/heldout_news25/stories.jsonl'):
    d=json.loads(l); stories[d['id']]=d
recs={}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def actname(r,aid):
    for a in r['actors']:
        if a['id']==aid: return '%s[%s]'%(a.get('name') or a.get('text'),a.get('country'))
    return aid
a,b=int(sys.argv[1]),int(sys.argv[2])
for it in items:
    if not a<=it['n']<=b: continue
    s=stories[it['doc']]
    print('='*30, it['doc'], s['date'], s['title']); print(s['text']); print()
    print('--- #%d %s %s trig=%r type=%s/%s cameo=%s'%(it['n'],it['doc'],it['event_id'],it['trigger'],it['type'],it['mode'],it['cameo']))
    print('   SENT:', it['sentence'].strip())
    print('   src=',it['source'],'tgt=',it['target'],'date=',it['date'],'mod=',it['modality'],'rep=',it['reported_by'],'rule=',it['rule'])
    r=recs[it['doc']]
    for e in r['events']:
        if e['sentence']['text']==it['sentence'] and e['id']!=it['event_id']:
            print('   other in sentence: %s %r %s/%s src=%s tgt=%s date=%s mod=%s'%(e['id'],e['trigger']['text'],e['type'],e['mode'],[actname(r,x) for x in e['source']],[actname(r,x) for x in e['target']],e['date']['value'],e['modality']))
    print()
