"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r177/heldout_news66.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def actor(rec, a):
    for x in rec['actors']:
        if x.get('id') == a:
            return f"{x.get('name') or x.get('text')}[{x.get('country')}]"
    return a
items = [json.loads(l) for l in open('events-d-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'] == it['sentence']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} ({len(same)} in sentence)")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {[actor(rec,a) for a in e['source']]} -> {[actor(rec,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
