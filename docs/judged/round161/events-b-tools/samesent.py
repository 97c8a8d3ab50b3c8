"""For each item (and paragraph), list dateline's events in the same story that share its sentence (duplicate check).
usage: python samesent.py [items|paras]"""
import json, sys
recs={}
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
def actors(rec, ids):
    A={a['id']:a for a in rec['actors']}
    out=[]
    for i in ids:
        a=A.get(i,{})
        out.append(a.get('name') or a.get('text') or i)
    return out
def dump(rec, e):
    return f"{e['id']} trig={e['trigger']['text']!r} {e['type']}/{e.get('mode')} src={actors(rec,e['source'])} tgt={actors(rec,e['target'])} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']}"
mode=sys.argv[1] if len(sys.argv)>1 else 'items'
if mode=='items':
    for l in open('events-b-items.jsonl'):
        it=json.loads(l); rec=recs[it['doc']]
        others=[e for e in rec['events'] if e['sentence']['text'].strip()==it['sentence'].strip() and e['id']!=it['event_id']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
        for e in others: print('    other', dump(rec,e))
else:
    for l in open('paragraphs-b.jsonl'):
        p=json.loads(l); rec=recs[p['doc']]
        print('=====', p['doc'], rec['document_date']); print(p['paragraph'])
        for e in p['events']:
            print(f"   {e['event_id']} trig={e['trigger']!r} {e['type']}/{e['mode']} src={e['source']} tgt={e['target']} date={e['date']} mod={e['modality']} rep={e['reported_by']}")
        print()
