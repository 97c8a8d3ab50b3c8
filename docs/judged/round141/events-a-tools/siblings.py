"""Print, for each item, the other dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for line in open('/tmp/r141/heldout_news48.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec.get('actors', []):
        if a.get('id') == aid:
            return a.get('name') or a.get('text') or aid
    return aid
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for line in open('events-a-items.jsonl'):
    it = json.loads(line)
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    sibs = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in sibs:
        print(f"   sib {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[name(rec,a) for a in e['source']]} tgt={[name(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
