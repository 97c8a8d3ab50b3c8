import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
recs={}
for l in open('/tmp/r110/heldout_news32.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
for it in items:
    r=recs[it['doc']]
    acts={a['id']:a['name'] for a in r['actors']}
    me=[e for e in r['events'] if e['id']==it['event_id']][0]
    same=[e for e in r['events'] if e['sentence']['start']==me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark='*' if e['id']==it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} {[acts.get(a,a) for a in e['source']]} -> {[acts.get(a,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
