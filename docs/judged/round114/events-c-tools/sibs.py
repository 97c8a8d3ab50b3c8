# print, for each item, every dateline event in the same sentence (for the duplicate check)
import json,sys
recs={}
for l in open('/tmp/r114/heldout_news34.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def fmt(rec,ids):
    A={a['id']:a for a in rec['actors']}
    out=[]
    for i in ids:
        a=A.get(i); out.append(f"{a['name']}[{a['country']}]" if a else i)
    return out
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for l in open('events-c-items.jsonl'):
    it=json.loads(l)
    if not lo<=it['n']<=hi: continue
    rec=recs[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in rec['events']:
        if e['sentence']['text'].strip()==it['sentence'].strip():
            mark='*' if e['id']==it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} src={fmt(rec,e['source'])} tgt={fmt(rec,e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
