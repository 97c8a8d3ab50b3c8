import json, random
rng=random.Random(20261202)
recs=[json.loads(l) for l in open('meantime_out.jsonl')]
paras=[]
for r in recs:
    t=r['text']; pos=0
    lines=t.split('\n')
    for k,ln in enumerate(lines):
        if k>=2 and len(ln.split())>=6:
            paras.append((r,pos,pos+len(ln),ln))
        pos+=len(ln)+1
print(len(paras))
out=[]
for i,(r,s,e,ln) in enumerate(rng.sample(paras,20)):
    qs=[q for q in r['quotes'] if any(s<=x['start']<e for x in [q['content']]+([q['cue']] if q.get('cue') else []))]
    print(f"### P{i} {r['source']['id']} [{s}:{e}]\n{ln}")
    for q in qs: print('   ->',q['id'],(q['speaker'] or {}).get('text'),'|',(q.get('cue') or {}).get('text'),'|',q['kind'],q.get('cue_class'),'|',q['content']['text'][:150])
    out.append({'doc':r['source']['id'],'start':s,'end':e,'paragraph':ln,'pred':[{'id':q['id'],'speaker':(q['speaker'] or {}).get('text'),'cue':(q.get('cue') or {}).get('text'),'content':q['content']['text'],'kind':q['kind'],'cue_class':q.get('cue_class')} for q in qs]})
json.dump(out,open('paras.json','w'),indent=1)
