"""For each judge-d item, list every dateline event of the same story whose sentence is the item's sentence
(for the duplicate check). Usage: same_sentence.py [from] [to]"""
import json, sys
recs = {}
for l in open('/tmp/r170/heldout_news63.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, len(items))

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}]"
    return aid

for it in items:
    if not lo <= it['n'] <= hi:
        continue
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']!r}: {len(same)} event(s) in sentence")
    for e in same:
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"   {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
              f"src={[actor(rec, a) for a in e['source']]} tgt={[actor(rec, a) for a in e['target']]} "
              f"date={e['date'].get('value')} mod={e['modality']}")
