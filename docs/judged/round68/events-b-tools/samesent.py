"""For each sampled item, list every dateline event in the same sentence (duplicate check).
usage: samesent.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
docs = set(json.loads(l)['doc'] for l in open(sys.argv[2]))
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text')
    return aid
for l in open(sys.argv[2]):
    it = json.loads(l)
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}: " + "; ".join(
        f"{e['id']} {e['trigger']['text']} {e['type']} {[actor(rec,a) for a in e['source']]}->{[actor(rec,a) for a in e['target']]} {e['modality']}" for e in same))
