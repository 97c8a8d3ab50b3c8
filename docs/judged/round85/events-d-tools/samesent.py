"""For each item, list the other dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r85/heldout_news20.judge.jsonl'):
    o = json.loads(l); recs[o['id']] = o['record']
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    actors = {a['id']: a for a in r['actors']} if isinstance(r['actors'], list) else r['actors']
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        def nm(ids):
            out=[]
            for i in ids:
                a=actors.get(i); out.append(a.get('name', i) if isinstance(a, dict) else i)
            return out
        print(f"    other {e['id']} {e['trigger']['text']} {e['type']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']} {e['modality']}")
