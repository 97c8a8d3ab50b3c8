import json,sys
recs={}
for l in open('/tmp/r16/new.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for l in open('sample-events.jsonl'):
    e=json.loads(l)
    if not lo<=e['n']<=hi: continue
    rec=recs[e['doc']]; t=rec['text']
    ev=next(x for x in rec['events'] if x['id']==e['event_id'])
    s=ev['sentence']['start']
    prev=t[max(0,s-300):s].replace('\n',' ')
    print(f"#{e['n']} {e['doc']} {e['event_id']}")
    print("  PREV: ..."+prev)
    print("  SENT:",e['sentence'].replace('\n',' '))
    print(f"  trig={e['trigger']!r} type={e['type']} mode={e['mode']} cameo={e['cameo']} rule={e['rule']}")
    print("  src=",e['source']," tgt=",e['target'])
    print("  date=",e['date']," mod=",e['modality']," rep=",e['reported_by'])
    print()
