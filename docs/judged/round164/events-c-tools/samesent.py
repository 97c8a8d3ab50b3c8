# For each item, list dateline's other events in the same sentence (duplicate check),
# and for each paragraph doc, all events in the first paragraph.
import json
recs={}
for l in open('/tmp/r162/heldout_news59.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def actors(r, ids):
    A={a['id']:a for a in r['actors']}
    out=[]
    for i in ids:
        a=A.get(i,{})
        out.append(a.get('name') or a.get('text') or i)
    return out
def fmt(r,e):
    return f"{e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={actors(r,e['source'])} tgt={actors(r,e['target'])} date={e['date']['value']} {e['modality']}"
items=[json.loads(l) for l in open('events-c-items.jsonl')]
for it in items:
    r=recs[it['doc']]
    me=[e for e in r['events'] if e['id']==it['event_id']][0]
    same=[e for e in r['events'] if e['sentence']['start']==me['sentence']['start'] and e['id']!=me['id']]
    print(f"#{it['n']} {it['doc']} {fmt(r,me)}")
    for e in same: print('    SAME:', fmt(r,e))
print('\nPARAGRAPHS')
for l in open('paragraphs-c.jsonl'):
    p=json.loads(l); r=recs[p['doc']]
    print(p['doc'], len(p['events']))
    for e in r['events']:
        if e['sentence']['start'] < len(p['paragraph'])+5:
            print('   ', fmt(r,e), e['sentence']['start'])
