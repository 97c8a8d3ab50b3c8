"""For each item, list every dateline event in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r71/heldout_news13.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
for l in open('events-b-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    sent = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print('#%d %s %s (%s)' % (it['n'], it['doc'], it['event_id'], it['trigger']))
    for e in sent:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print('  %s %s %s %s %s -> %s' % (mark, e['id'], e['trigger']['text'], e['type'],
              [actor(rec, a) for a in e['source']], [actor(rec, a) for a in e['target']]))
