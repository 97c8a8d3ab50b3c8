"""For each judge-b item, list dateline's other events in the same sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r113/heldout_news34.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
for l in open('/work/wt/j113b/docs/judged/round113/events-b-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    acts = {a['id']: a['name'] for a in r['actors']}
    evs = r['events']
    same = [e for e in evs if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']}: {e['trigger']['text']} {e['type']}/{e.get('mode')} src={[acts.get(a,a) for a in e['source']]} tgt={[acts.get(a,a) for a in e['target']]} mod={e['modality']}")
