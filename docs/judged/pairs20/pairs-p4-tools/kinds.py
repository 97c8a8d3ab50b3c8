import json
from collections import defaultdict
J={o["n"]:o for o in map(json.loads,open("../pairs-p4.jsonl"))}
K=defaultdict(list)
for l in open('/tmp/r17/pairs20.jsonl'):
    it=json.loads(l); n=it['n']; X,Y=it['X'],it['Y']
    if X is None or Y is None: K["one side null"].append(n); continue
    for f in ["type","mode","source","target","date","modality"]:
        a,b=X[f],Y[f]
        if f=="date": a,b=a.get("value"),b.get("value")
        if f in("source","target"):
            na=[s.split('[')[0] for s in a]; nb=[s.split('[')[0] for s in b]
            if a!=b: K[f+(" country only" if na==nb else "")].append(n)
        elif a!=b: K[f].append(n)
for k,v in sorted(K.items(),key=lambda kv:-len(kv[1])):
    print(k,len(v),v, "better X/Y/same:",sum(J[n]['better']=='X' for n in v),sum(J[n]['better']=='Y' for n in v),sum(J[n]['better']=='same' for n in v))
