"""For each item, list dateline's other events in the same sentence (duplicate check)."""
import json
recs={}
for l in open('/tmp/r114/heldout_news34.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def name(r,aid):
    for a in r['actors']:
        if a['id']==aid: return f"{a['name']}[{a['country']}]"
    return aid
for l in open('events-b-items.jsonl'):
    it=json.loads(l); r=recs[it['doc']]
    same=[e for e in r['events'] if e['sentence']['text']==it['sentence'] and e['id']!=it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[name(r,a) for a in e['source']]} tgt={[name(r,a) for a in e['target']]} mod={e['modality']} conf={e.get('confidence')}")
