import json,sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
sel=sys.argv[1:] or docs
stories={}
for l in open('/work/wt/j101a/data/heldout_news28/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in sel: stories[s['id']]=s
out={}
for l in open('/tmp/r101/heldout_news28.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in sel: out[r['id']]=r
for d in sel:
    s=stories[d]
    print('='*30,d,s['date'],s['title'])
    print(s['text'])
    rec=out[d]['record']
    act={a['id']:'%s[%s/%s]'%(a['name'],a['country'],a['sector']) for a in rec['actors']}
    mine=[x['event_id'] for x in items if x['doc']==d]
    print('--- dateline events; sampled:',mine, 'PARA' if d in [p['doc'] for p in paras] else '')
    for e in rec.get('events',[]):
        print(' ',e['id'], e['type'], e.get('mode'), '"%s"'%e['trigger']['text'], '|', ';'.join(act.get(z,z) for z in e['source']),'->',';'.join(act.get(z,z) for z in e['target']), '|', e['date']['value'], e['date']['basis'], e['modality'], '| S@%d'%e['sentence']['start'])
