"""For each sampled event, list the other events dateline coded from the same sentence."""
import json, sys
recs = {}
for l in open('/tmp/r14/new.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open(sys.argv[1]):
    it = json.loads(l)
    rec = recs[it['doc']]; t = rec['text']
    ev = next(e for e in rec['events'] if e['id'] == it['event_id'])
    sib = [e for e in rec['events'] if e['sentence']['start'] == ev['sentence']['start'] and e['id'] != ev['id']]
    names = {a['id']: a['name'] for a in rec['actors']}
    out = [f"{e['id']}:{e['type']}:{t[e['trigger']['start']:e['trigger']['end']]}:{[names[a] for a in e['source']]}->{[names[a] for a in e['target']]}" for e in sib]
    print(f"#{it['n']} {it['doc']} {it['event_id']}: {out}")
