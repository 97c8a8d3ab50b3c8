import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
def fmt(e):
    if e is None: return 'NULL'
    return f"{e['type']}/{e.get('mode')} trig={e.get('trigger')!r} src={e['source']} tgt={e['target']} date={e['date']} mod={e['modality']}" + (f" extra={ {k:v for k,v in e.items() if k not in ('trigger','type','mode','source','target','date','modality')} }" if set(e)-{'trigger','type','mode','source','target','date','modality'} else '')
for l in open('docs/judged/pairs27/items.jsonl'):
    d=json.loads(l)
    if a<=d['n']<=b:
        print(f"===== {d['n']} {d['doc']} docdate={d['document_date']}")
        print("CTX:", d['context_before'][-700:].replace('\n',' / '))
        print("SENT:", d['sentence'].strip())
        print("X:", fmt(d['X'])); print("Y:", fmt(d['Y'])); print()
