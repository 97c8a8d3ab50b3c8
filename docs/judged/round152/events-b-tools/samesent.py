"""For each item, list the other dateline events whose sentence is the item's sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid: return '%s[%s]' % (a['name'], a.get('country'))
    return aid
for l in open('events-b-items.jsonl'):
    it = json.loads(l); rec = recs[it['doc']]
    others = [e for e in rec['events'] if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']]
    print('#%d %s %s trig=%s %s' % (it['n'], it['doc'], it['event_id'], it['trigger'], it['type']))
    for e in others:
        print('    other %s %s/%s trig=%s src=%s tgt=%s date=%s mod=%s' % (e['id'], e['type'], e['mode'], e['trigger']['text'],
              [name(rec, a) for a in e['source']], [name(rec, a) for a in e['target']], e['date']['value'], e['modality']))
