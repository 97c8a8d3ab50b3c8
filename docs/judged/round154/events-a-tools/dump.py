# Print, for each item doc, the full story and all dateline events (with sentence) so the judge can
# read context and check duplicates in the same sentence.
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for p in paras:
    if p['doc'] not in docs: docs.append(p['doc'])
stories={}
for l in open('/work/wt/j154a/data/heldout_news55/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r154/heldout_news55.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
for d in docs:
    s=stories[d]; r=recs[d]
    actors={a['id']:a for a in r.get('actors',[])}
    def nm(x):
        a=actors.get(x,{})
        return '%s[%s/%s]'%(a.get('name'),a.get('country'),a.get('sector'))
    print('='*100); print(d, s['date'], s['title'])
    print(s['text'])
    print('--- items:',[(it['n'],it['event_id']) for it in items if it['doc']==d])
    for e in r.get('events',[]):
        print(' %s %s/%s "%s" %s -> %s | %s %s | %s | %s'%(e['id'],e['type'],e['mode'],e['trigger']['text'],
            [nm(x) for x in e['source']],[nm(x) for x in e['target']],e['date']['value'],e['date']['basis'],e['modality'],e['sentence']['text'][:90]))
