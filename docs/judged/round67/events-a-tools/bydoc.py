import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
stories={}
want=set(i['doc'] for i in items)|set(json.loads(l)['doc'] for l in open('paragraphs-a.jsonl'))
for l in open('/work/wt/j67a/data/heldout_news11/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want: stories[d['id']]=d
out={}
for l in open('/tmp/r67/heldout_news11.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in want: out[d['id']]=d['record']
def act(r,a):
    A={x['id']:x for x in r['actors']}
    x=A.get(a)
    return '%s[%s/%s]'%(x['name'],x.get('country'),x.get('sector')) if x else a
docs=sys.argv[1:]
for doc in docs:
    s=stories[doc]; r=out[doc]
    print('='*100); print(doc, s['date'], s['title']); print(s['text'])
    print('--- dateline events:')
    for e in r['events']:
        print(' ',e['id'],repr(e['trigger']['text']),e['type'],e['mode'],[act(r,a) for a in e['source']],'->',[act(r,a) for a in e['target']],e['date'].get('value'),e['date'].get('basis'),e['modality'],'|',e['sentence']['text'][:80].strip())
    print('--- my items:')
    for i in items:
        if i['doc']==doc: print('  #%d'%i['n'], i['event_id'], repr(i['trigger']), i['type'], i['mode'], i['source'],'->',i['target'], i['date'], i['modality'], 'rep=',i['reported_by'])
