import json,sys
# print the stories (id, date, title, text) and all dateline events per story for given doc ids
ids=sys.argv[1:]
st={}
for l in open('/work/wt/j118c/data/heldout_news36/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in ids: st[d['id']]=d
out={}
for l in open('/tmp/r118/heldout_news36.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in ids: out[d['id']]=d['record']
for i in ids:
    s=st[i]; print('=====',i,s['date'],s['title']); print(s['text'])
    r=out.get(i,{})
    print('--- dateline events')
    acts={a['id']:a for a in r.get('actors',[])}
    def a(x):
        out=[]
        for k in x or []:
            ac=acts.get(k,{})
            out.append('%s[%s]'%(ac.get('name') or ac.get('text') or k, ac.get('country')))
        return out
    for e in r.get('events',[]):
        print(' ',e.get('id'), repr(e['trigger']['text']), e.get('type'), e.get('mode'), 'S=',a(e.get('source')),'T=',a(e.get('target')), (e.get('date') or {}).get('value'), (e.get('date') or {}).get('basis'), e.get('modality'), '|', e['sentence']['text'][:80].replace('\n',' '))
    print()
