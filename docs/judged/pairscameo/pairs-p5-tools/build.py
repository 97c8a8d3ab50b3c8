import json,collections
K=["event","type","source","target","date","modality"]
def spec(s):
    if s=="nT": return {"omit_right":True}
    if s=="nF": return {"omit_right":False}
    if s=="F": s="FFFFFF"
    d={k:c=="T" for k,c in zip(K,s)}
    if not d["event"]: d={k:False for k in K}
    d["all"]=all(d[k] for k in K); return d
out=[];c=collections.Counter();allr=collections.Counter()
for l in open("verdicts.txt"):
    n,x,y,b,r=l.rstrip("\n").split("|",4)
    X,Y=spec(x),spec(y)
    out.append({"n":int(n),"X":X,"Y":Y,"better":b,"reasons":r})
    c[b]+=1
    for nm,v in (("X",X),("Y",Y)):
        if v.get("all"): allr[nm]+=1
        if "omit_right" in v: allr[nm+"_null"]+=1; allr[nm+"_null_right"]+=v["omit_right"]
        else: allr[nm+"_coded"]+=1
assert [o["n"] for o in out]==list(range(1,97))
open("../pairs-p5.jsonl","w").write("".join(json.dumps(o)+"\n" for o in out))
print(c, allr)
