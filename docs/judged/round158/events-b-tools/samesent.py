"""For each item, list the other dateline events found in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r158/heldout_news57.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def nm(r, ids):
    m = {a['id']: a for a in r['actors']}
    return [f"{m[i]['name']}[{m[i]['country']}]" for i in ids]
for l in open('events-b-items.jsonl'):
    it = json.loads(l); r = recs[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in same:
        print(f"   also {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(r,e['source'])} -> {nm(r,e['target'])} {e['date']['value']} {e['modality']}")
