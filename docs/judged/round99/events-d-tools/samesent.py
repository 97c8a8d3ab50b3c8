# For each item, list all dateline events in the same sentence (duplicate check).
import json,sys
R={}
for l in open('/tmp/r99/heldout_news27.judge.jsonl'):
    r=json.loads(l); R[r['id']]=r['record']
def act(rec,aid):
    for a in rec['actors']:
        if a['id']==aid: return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
items=[json.loads(l) for l in open('events-d-items.jsonl')]
lo,hi=(int(sys.argv[1]),int(sys.argv[2])) if len(sys.argv)>2 else (1,len(items))
for it in items[lo-1:hi]:
    rec=R[it['doc']]
    ev=[e for e in rec['events'] if e['id']==it['event_id']][0]
    same=[e for e in rec['events'] if e['sentence']['start']==ev['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in same:
        mark='*' if e['id']==ev['id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[act(rec,a) for a in e['source']]} tgt={[act(rec,a) for a in e['target']]} date={e['date'].get('value')} {e['modality']}")
