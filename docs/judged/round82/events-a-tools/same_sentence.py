"""For each sampled item, list all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r81/heldout_news18.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def name(r, aid):
    for a in r['actors']:
        if a['id'] == aid: return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
items = [json.loads(l) for l in open('events-a-items.jsonl')]
for it in items:
    r = recs[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    s = me['sentence']['start']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r['events']:
        if e['sentence']['start'] == s:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(r,a) for a in e['source']]} tgt={[name(r,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
