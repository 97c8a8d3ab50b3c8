import json, collections
exec(open('verdicts.py').read())
F=["event","type","source","target","date","modality"]
def val(c):
    if c.startswith("N"): return {"omit_right": c=="N1"}
    d={f: c[i]=="1" for i,f in enumerate(F)}; d["all"]=all(d.values()); return d
out=open('../pairs-p3.jsonl','w'); cnt=collections.Counter(); allx=ally=0
items=[json.loads(l) for l in open('/tmp/r17/pairs20.jsonl')]
assert sorted(V)==[d['n'] for d in items]==list(range(1,96))
for d in items:
    x,y,b,r=V[d['n']]
    assert (x.startswith('N'))==(d['X'] is None) and (y.startswith('N'))==(d['Y'] is None), d['n']
    X,Y=val(x),val(y)
    allx+=X.get("all",False); ally+=Y.get("all",False); cnt[b]+=1
    out.write(json.dumps({"n":d['n'],"X":X,"Y":Y,"better":b,"reasons":r},ensure_ascii=False)+"\n")
print(cnt, "allX",allx,"allY",ally, "nullX",sum(d['X'] is None for d in items),"nullY",sum(d['Y'] is None for d in items))
