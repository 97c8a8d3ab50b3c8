"""For each item of judge d, list all dateline events in the same sentence (duplicate check)."""
import json
here = '/work/wt/j172d/docs/judged/round172/'
recs = {}
for l in open('/tmp/r170/heldout_news63.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
def name(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}]"
    return aid
for l in open(here + 'events-d-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    s = it['sentence']
    others = [e for e in r['events'] if e['sentence']['text'] == s]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in others:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(r,x) for x in e['source']]} tgt={[name(r,x) for x in e['target']]} {e['date']['value']} {e['modality']}")
