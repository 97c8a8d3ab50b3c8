# for each item: the other dateline events in the same sentence (duplicate check)
import json
recs={}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
for l in open('events-b-items.jsonl'):
    it=json.loads(l); r=recs[it['doc']]
    acts={a['id']:a['name'] for a in r['actors']}
    others=[e for e in r['events'] if e['sentence']['text']==it['sentence'] and e['id']!=it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        print('    other:',e['id'],e['trigger']['text'],e['type'],[acts.get(a,a) for a in e['source']],'->',[acts.get(a,a) for a in e['target']],e['date']['value'],e['modality'])
