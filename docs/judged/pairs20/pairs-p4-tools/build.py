import json
F=["event","type","source","target","date","modality"]
out=[];
def V(c):
    if c.startswith("O"): return {"omit_right": c=="O1"}
    b=[ch=="1" for ch in c]
    if not b[0]: b=[False]*6
    d=dict(zip(F,b)); d["all"]=all(b); return d
def score(v):
    if "omit_right" in v: return None
    return v
lines=[l.rstrip("\n").split("|",4) for l in open("verdicts.txt") if l.strip()]
assert [int(l[0]) for l in lines]==list(range(1,96)), "ns"
warn=[]
for n,x,y,b,r in lines:
    X,Y=V(x),V(y)
    # consistency: count right fields where they differ
    def cnt(v,o):
        if "omit_right" in v: return 6 if v["omit_right"] else 0
        return sum(v[f] for f in F)
    cx,cy=cnt(X,Y),cnt(Y,X)
    exp="X" if cx>cy else "Y" if cy>cx else "same"
    if exp!=b: warn.append((n,x,y,b,exp))
    out.append({"n":int(n),"X":X,"Y":Y,"better":b,"reasons":r})
with open("../pairs-p4.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print("warn",warn)
from collections import Counter
print(Counter(o["better"] for o in out))
print("X all", sum(1 for o in out if o["X"].get("all")), "Y all", sum(1 for o in out if o["Y"].get("all")))
print("X null",[o["n"] for o in out if "omit_right" in o["X"]],"Y null",[o["n"] for o in out if "omit_right" in o["Y"]])
print("omit right", [o["n"] for o in out for k in "XY" if o[k].get("omit_right")])
