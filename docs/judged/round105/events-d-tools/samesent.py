"""For each item, print all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for line in open('/tmp/r105/heldout_news30.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
def actname(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text')
    return aid
for line in open('events-d-items.jsonl'):
    it = json.loads(line)
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[actname(rec,a) for a in e['source']]} tgt={[actname(rec,a) for a in e['target']]} date={e['date']['value']}")
