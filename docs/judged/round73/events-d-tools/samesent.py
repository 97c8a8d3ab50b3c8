# For each item, list the other events dateline found in the same sentence (duplicate check).
import json, sys
recs = {}
for l in open('/tmp/r73/heldout_news14.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi:
        continue
    r = recs[it['doc']]
    actors = {a['id']: f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e.get('mode')} src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
