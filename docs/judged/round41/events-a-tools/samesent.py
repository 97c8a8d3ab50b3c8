"""For each sampled item, list dateline's other events from the same sentence (to judge duplicates)."""
import json
recs = {}
for l in open('/tmp/main66/heldout.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
for l in open('events-a-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    me = next(e for e in r['events'] if e['id'] == it['event_id'])
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(it['n'], it['doc'], it['event_id'], it['type'], it['trigger'], '|| others:',
          [(e['id'], e['type'], e['trigger']['text']) for e in others])
