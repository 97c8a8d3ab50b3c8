# for each item, list dateline's other events in the same sentence (duplicate check)
import json
recs={}
for l in open('/tmp/r154/heldout_news55.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
items=[json.loads(l) for l in open('events-b-items.jsonl')]
def nm(r,aid):
    for a in r['actors']:
        if a['id']==aid: return f"{a['name']}[{a['country']}]"
    return aid
for it in items:
    r=recs[it['doc']]
    me=[e for e in r['events'] if e['id']==it['event_id']][0]
    others=[e for e in r['events'] if e['sentence']['start']==me['sentence']['start'] and e['id']!=me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}: others:",
          '; '.join(f"{e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} {[nm(r,x) for x in e['source']]}->{[nm(r,x) for x in e['target']]} {e['modality']}" for e in others) or '-')
