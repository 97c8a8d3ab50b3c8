"""Print, per sampled doc (in item order), the story and all of dateline's events, marking sampled items."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
stories={}
for l in open('/work/wt/j134c/data/heldout_news44/stories.jsonl'):
    d=json.loads(l); stories[d['id']]=d
judge={}
for l in open('/tmp/r133/heldout_news44.judge.jsonl'):
    d=json.loads(l); judge[d['id']]=d['record']
docs=[]
for it in items+paras:
    if it['doc'] not in docs: docs.append(it['doc'])
sampled={}
for it in items: sampled[(it['doc'],it['event_id'])]=it['n']
for doc in docs:
    s=stories[doc]; r=judge[doc]
    acts={a['id']:a for a in r['actors']}
    def A(ids):
        out=[]
        for i in ids:
            a=acts.get(i,{})
            out.append('%s[%s]'%(a.get('name') or a.get('text'), a.get('country')))
        return out
    print('='*100); print(doc, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        m=sampled.get((doc,e['id']))
        print(('  ** #%d '%m if m else '     ')+'%s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s | %s'%(e['id'],e['type'],e['mode'],e['trigger']['text'],A(e['source']),A(e['target']),e['date']['value'],e['date']['basis'],e['modality'],e['sentence']['text'][:90].replace('\n',' ')))
