"""For each sampled item, list dateline's other events in the same sentence (duplicate check), judge d round 92."""
import json
recs = {}
for l in open('/tmp/r91/heldout_news23.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text')
    return aid
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}  others:",
          [(e['id'], e['trigger']['text'], e['type'], [name(rec, s) for s in e['source']], [name(rec, t) for t in e['target']]) for e in others])
