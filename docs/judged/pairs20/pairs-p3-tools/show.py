import json,sys
lo,hi=int(sys.argv[1]),int(sys.argv[2])
def f(c):
    if c is None: return "NULL"
    d=c['date']
    return f"{c['type']}/{c.get('mode')} trig={c['trigger']} S={c['source']} T={c['target']} D={d['value']}({d['basis']}) M={c['modality']}"
for l in open('/tmp/r17/pairs20.jsonl'):
    d=json.loads(l)
    if not lo<=d['n']<=hi: continue
    print(f"=== n={d['n']}")
    print("CTX:", d['context_before'][-350:].replace("\n"," | "))
    print("SENT:", d['sentence'])
    print("X:", f(d['X'])); print("Y:", f(d['Y']))
