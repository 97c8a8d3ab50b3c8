"""For each item, list dateline's other events in the same sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r120/heldout_news37.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open('events-b-items.jsonl'):
    it = json.loads(l); rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    mates = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    if mates:
        print(it['n'], it['event_id'], it['trigger'], it['type'], '| mates:', [(e['id'], e['trigger']['text'], e['type']) for e in mates])
