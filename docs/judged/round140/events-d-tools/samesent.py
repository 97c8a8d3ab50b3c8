"""For each sampled item, list every dateline event in the same story and sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r139/heldout_news47.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    actors = {a['id']: a.get('name') or a.get('text') for a in rec.get('actors', [])}
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print('#%d %s %s trig=%s -> %d events in sentence' % (it['n'], it['doc'], it['event_id'], it['trigger'], len(same)))
    for e in same:
        print('     %s %s/%s trig=%r src=%s tgt=%s mod=%s' % (e['id'], e['type'], e['mode'], e['trigger']['text'],
              [actors.get(a, a) for a in e['source']], [actors.get(a, a) for a in e['target']], e['modality']))
