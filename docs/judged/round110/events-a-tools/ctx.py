"""Print, for items FIRST..LAST, the item and every dateline event in the same sentence (duplicate check).
usage: ctx.py FIRST LAST"""
import json, sys
recs = {}
for line in open('/tmp/r110/heldout_news32.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
for it in items:
    if not a <= it['n'] <= b: continue
    rec = recs[it['doc']]
    acts = {x['id']: f"{x['name']}[{x['country']}/{x['sector']}/{x['kind']}]" for x in rec['actors']}
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print("  SENT:", me['sentence']['text'].strip())
    print(f"  trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    for e in rec['events']:
        if e['id'] != me['id'] and e['sentence']['start'] == me['sentence']['start']:
            print(f"   other {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} date={e['date']['value']} mod={e['modality']}")
    print()
