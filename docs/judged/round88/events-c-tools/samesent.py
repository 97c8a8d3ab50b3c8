"""For each item, list all dateline events in the same sentence of the same doc (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r87/heldout_news21.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
def act(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
for it in items:
    rec = recs[it['doc']]
    ev = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    s = ev['sentence']['start']
    others = [e for e in rec['events'] if e['sentence']['start'] == s]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(others)} in sentence)")
    for e in others:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[act(rec,x) for x in e['source']]} tgt={[act(rec,x) for x in e['target']]} {e['date']['value']} {e['modality']}")
