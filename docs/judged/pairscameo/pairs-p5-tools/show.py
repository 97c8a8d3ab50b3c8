import json,sys
lo,hi=int(sys.argv[1]),int(sys.argv[2])
def fmt(c):
    if c is None: return "null"
    d=c.get("date") or {}
    return f'{c["trigger"]!r} {c["type"]}/{c.get("mode")} src={c["source"]} tgt={c["target"]} date={d.get("value")}({d.get("basis")}) mod={c["modality"]}' + (f' extra={ {k:v for k,v in c.items() if k not in ("trigger","type","mode","source","target","date","modality")} }' if set(c)-{"trigger","type","mode","source","target","date","modality"} else "")
for l in open("/tmp/r17/pairscam.jsonl"):
    it=json.loads(l)
    if lo<=it["n"]<=hi:
        print(f'=== {it["n"]} {it["doc"]}')
        print("CTX:", it["context_before"][-400:].replace("\n"," "))
        print("S:", it["sentence"].strip())
        print("X:", fmt(it["X"])); print("Y:", fmt(it["Y"]))
