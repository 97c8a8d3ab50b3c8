"""Print, for each sampled doc, the full story and all dateline events (compact), marking sampled items."""
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
para=[json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
for p in para:
    if p not in docs: docs.append(p)
stories={}
for l in open('/work/wt/j121b/data/heldout_news38/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: stories[d['id']]=d
recs={}
for l in open('/tmp/r121/heldout_news38.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: recs[d['id']]=d['record']
sel=sys.argv[1:] or docs
for doc in sel:
    s=stories[doc]; r=recs[doc]
    actors={a['id']:a for a in r.get('actors',[])}
    def an(ids):
        out=[]
        for i in ids:
            a=actors.get(i,{})
            out.append('%s[%s]'%(a.get('name') or a.get('text') or i, a.get('country')))
        return out
    print('='*100); print(doc, s['date'], s['title']); print(s['text']); print('-'*40)
    mark={it['event_id']:it['n'] for it in items if it['doc']==doc}
    for e in r.get('events',[]):
        m=('#%d'%mark[e['id']]) if e.get('id') in mark else '   '
        print(m, e['id'], e['type'], e['mode'], repr(e['trigger']['text']), an(e['source']),'->',an(e['target']), e['date']['value'], e['date']['basis'], e['modality'], '| S:', e['sentence']['text'][:90].replace('\n',' '))
