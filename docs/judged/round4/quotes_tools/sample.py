import json, random
SEED=20261202
rng=random.Random(SEED)
def load(p):
    recs=[json.loads(l) for l in open(p)]
    out=[]
    for r in recs:
        if 'error' in r: continue
        acts={a['id']:a for a in r['actors']}
        for q in r['quotes']:
            out.append((r,q,acts))
    return recs,out
def sent_of(text,s,e):
    a=max(text.rfind('\n',0,s)+1,0)
    b=text.find('\n',e); b=len(text) if b<0 else b
    return text[a:b]
items=[]
for name,p in [('meantime','/tmp/j4q/meantime_out.jsonl'),('stories','/tmp/j4q/stories_out.jsonl')]:
    recs,qs=load(p)
    print(name,len(recs),'quotes',len(qs), 'dd', recs[0]['document_date'], recs[0]['document_date_source'])
    for r,q,acts in rng.sample(qs,30):
        sp=q['speaker']
        spk=None
        if sp:
            a=acts.get(sp.get('actor'))
            spk={'text':sp['text'],'actor':(a['name'],a['kind'],a['country']) if a else None}
        s=min([x['start'] for x in [q['content'],q.get('cue') or q['content'],sp or q['content']]])
        e=max([x['end'] for x in [q['content'],q.get('cue') or q['content'],sp or q['content']]])
        items.append({'corpus':name,'doc':r['source']['id'],'qid':q['id'],'paragraph':sent_of(r['text'],s,e),
          'pred':{'kind':q['kind'],'cue_class':q.get('cue_class'),'speaker':spk,'cue':(q.get('cue') or {}).get('text'),
                  'content':q['content']['text'],'parts':[p['text'] for p in q.get('parts',[])] if len(q.get('parts',[]))>1 else None,'rule':q['rule']}})
json.dump(items,open('/tmp/j4q/sample.json','w'),indent=1)
for i,it in enumerate(items):
    print(f"=== {i} {it['corpus']} {it['doc']} {it['qid']}")
    print("PARA:",it['paragraph'][:1200])
    p=it['pred']; print("SPK:",p['speaker']); print("CUE:",p['cue'],"| kind",p['kind'],"| class",p['cue_class'],"|",p['rule']); print("CONTENT:",p['content']);
    if p['parts']: print("PARTS:",p['parts'])
