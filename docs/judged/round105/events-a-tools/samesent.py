"""List, for each sampled item, every dateline event in the same sentence (duplicate check)."""
import json, sys
recs = {}
for line in open('/tmp/r105/heldout_news30.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
items = [json.loads(l) for l in open('events-a-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['type']} '{it['trigger']}'")
    for e in others:
        print(f"   other {e['id']} {e['type']}/{e['mode']} '{e['trigger']['text']}' src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
