# For each of judge c's items, list every dateline event in the same sentence (duplicate check),
# with actors resolved to name[code].
import json,sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
docs={i['doc'] for i in items}
recs={}
for l in open('/tmp/r177/heldout_news66.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: recs[d['id']]=d['record']
def actor(rec,aid):
    for a in rec['actors']:
        if a['id']==aid:
            return a.get('name') or a.get('text')
    return aid
for it in items:
    rec=recs[it['doc']]
    sent=it['sentence'].strip()
    same=[e for e in rec['events'] if e['sentence']['text'].strip()==sent]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in same:
        print(f"   {'*' if e['id']==it['event_id'] else ' '} {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
