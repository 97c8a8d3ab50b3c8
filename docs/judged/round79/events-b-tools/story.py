import json,sys
# print a story's text, then all dateline events of the story (sentence-grouped), marking the sampled items
doc=sys.argv[1]
items=[json.loads(l) for l in open('events-b-items.jsonl')]
mine={i['event_id']:i['n'] for i in items if i['doc']==doc}
for l in open('/tmp/r79/heldout_news17.judge.jsonl'):
    r=json.loads(l)
    if r['id']==doc: rec=r['record'];break
print('==',doc,rec['document_date'])
print(rec['text'])
acts={a['id']:a for a in rec['actors']}
def nm(ids):
    out=[]
    for x in ids:
        a=acts.get(x,{})
        out.append('%s[%s]'%(a.get('name') or a.get('text'),a.get('country')))
    return out
print('-- events')
for e in rec['events']:
    mark=('  <<#%d'%mine[e['id']]) if e['id'] in mine else ''
    print(e['id'],repr(e['trigger']['text']),e['type'],e.get('mode'),nm(e['source']),'->',nm(e['target']),e['date'].get('value'),e['date'].get('basis'),e['modality'],'|',e['sentence']['text'][:90].replace('\n',' '),mark)
