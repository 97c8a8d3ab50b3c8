"""For each item, list the other events dateline found in the same sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r97/heldout_news26.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
for it in items:
    r = recs[it['doc']]
    names = {a['id']: f"{a['name']}[{a['country']}]" for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['event_id']} {it['trigger']}/{it['type']}: " +
          '; '.join(f"{e['id']} {e['trigger']['text']}/{e['type']} {[names.get(x,x) for x in e['source']]}->{[names.get(x,x) for x in e['target']]} {e['modality']}" for e in same))
