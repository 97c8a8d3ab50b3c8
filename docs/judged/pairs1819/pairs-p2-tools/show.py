import json,sys
def fm(v):
    if v is None: return "null"
    d=v.get('date') or {}
    return f"{v['type']}/{v.get('mode')} trig={v.get('trigger')!r} S={v['source']} T={v['target']} D={d.get('value')}({d.get('basis')}) M={v['modality']}" + (f" extra={ {k:v[k] for k in v if k not in ('trigger','type','mode','source','target','date','modality')} }" if set(v)-{'trigger','type','mode','source','target','date','modality'} else "")
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for l in open('/tmp/r17/pairs1819.jsonl'):
    it=json.loads(l)
    if not lo<=it['n']<=hi: continue
    print(f"=== {it['n']} {it['doc']}")
    print("CTX:", it['context_before'][-350:])
    print("SENT:", it['sentence'])
    print("X:", fm(it['X'])); print("Y:", fm(it['Y']))
