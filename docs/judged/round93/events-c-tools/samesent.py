# for each item, list every dateline event in the same sentence of the same story (duplicate check)
import json, sys
recs = {}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid: return f"{a['name']}[{a['country']}]"
    return aid
a, b = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    if not (a <= it['n'] <= b): continue
    r = recs[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r['events']:
        if e['sentence']['start'] == me['sentence']['start']:
            print(f"   {'*' if e['id']==me['id'] else ' '} {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(r,x) for x in e['source']]} tgt={[actor(r,x) for x in e['target']]} date={e['date']['value']} {e['modality']}")
