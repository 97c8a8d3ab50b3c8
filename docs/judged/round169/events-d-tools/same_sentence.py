"""For each sampled item, list every dateline event in the same sentence (for the duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r169/heldout_news62.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
items = [json.loads(l) for l in open('events-d-items.jsonl')]
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, 50)
for it in items:
    if not lo <= it['n'] <= hi:
        continue
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
              f"date={e['date']['value']} mod={e['modality']}")
