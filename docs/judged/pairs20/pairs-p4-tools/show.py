import json,sys
lo,hi=int(sys.argv[1]),int(sys.argv[2])
def fmt(v):
    if v is None: return "null"
    d=v.get('date') or {}
    return f"{v['type']}/{v.get('mode')} trig={v['trigger']!r} src={v['source']} tgt={v['target']} date={d.get('value')}({d.get('basis')}) mod={v['modality']}" + (f" extra={ {k:v[k] for k in v if k not in ('trigger','type','mode','source','target','date','modality')} }" if set(v)-{'trigger','type','mode','source','target','date','modality'} else "")
for l in open('/tmp/r17/pairs20.jsonl'):
    it=json.loads(l)
    if not lo<=it['n']<=hi: continue
    print(f"=== n={it['n']} doc={it['doc']}")
    print("CTX:", it['context_before'][-350:].replace("\n"," | "))
    print("SENT:", it['sentence'])
    print("X:", fmt(it['X'])); print("Y:", fmt(it['Y']))
    ks=set(it)-{'n','doc','document_date','context_before','sentence','X','Y'}
    if ks: print("OTHER:",{k:it[k] for k in ks})
