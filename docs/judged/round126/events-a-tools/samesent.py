# list, for each item, the other dateline events whose sentence is the item's sentence (duplicate check)
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
recs={}
for l in open('/tmp/r125/heldout_news40.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def name(r,aid):
    for a in r['actors']:
        if a.get('id')==aid: return a.get('name') or a.get('text') or aid
    return aid
for it in items:
    r=recs[it['doc']]
    sent=it['sentence'].strip()
    others=[e for e in r['events'] if e['sentence']['text'].strip()==sent and e['id']!=it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        print(f"    other {e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} src={[name(r,a) for a in e['source']]} tgt={[name(r,a) for a in e['target']]} {e['modality']}")
