import json, sys
recs = {}
for l in open('/tmp/r149/heldout_news52.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}: others:")
    for e in same:
        print(f"    {e['id']} {e['trigger']['text']} {e['type']}/{e.get('mode')} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
