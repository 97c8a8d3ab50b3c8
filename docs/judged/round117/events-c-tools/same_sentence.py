"""For each item, list all dateline events in the same story sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r117/heldout_news36.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for it in items:
    if not (lo <= it['n'] <= hi): continue
    r = recs[it['doc']]
    names = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}/{it['mode']}")
    for e in r['events']:
        if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']:
            print(f"   other {e['id']}: {e['trigger']['text']} {e['type']}/{e['mode']} src={[names.get(x,x) for x in e['source']]} tgt={[names.get(x,x) for x in e['target']]} date={e['date']['value']} {e['modality']}")
