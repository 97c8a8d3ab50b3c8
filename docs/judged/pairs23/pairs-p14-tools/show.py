import json,sys
lo,hi=int(sys.argv[1]),int(sys.argv[2])
def c(v):
    if v is None: return 'null'
    d=v.get('date') or {}
    extra={k:v[k] for k in v if k not in ('trigger','type','mode','source','target','date','modality')}
    return f"trig={v.get('trigger')} {v.get('type')}/{v.get('mode')} SRC={v.get('source')} TGT={v.get('target')} date={d.get('value')}({d.get('basis')}) mod={v.get('modality')} {extra if extra else ''}"
for l in open('items.jsonl'):
    d=json.loads(l)
    if not lo<=d['n']<=hi: continue
    print('=== n',d['n'],d['doc'])
    print('CTX:',d['context_before'][-600:].replace('\n',' / '))
    print('SENT:',d['sentence'].strip())
    print('X:',c(d['X'])); print('Y:',c(d['Y']))
