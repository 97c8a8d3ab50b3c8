# for each item, list all dateline events of the same story in the same sentence (duplicate check)
import json
recs = {}
for l in open('/tmp/r81/heldout_news18.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actor(r, a):
    for x in r['actors']:
        if x['id'] == a:
            return x.get('name') or x.get('text') or a
    return a
for l in open('events-b-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    ev = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == ev['sentence']['start']]
    print('#%d %s %s' % (it['n'], it['doc'], it['event_id']))
    for e in same:
        print('   %s%s %s/%s trig=%r src=%s tgt=%s date=%s mod=%s' % ('*' if e['id']==ev['id'] else ' ', e['id'], e['type'], e['mode'], e['trigger']['text'],
              [actor(r,a) for a in e['source']], [actor(r,a) for a in e['target']], e['date'].get('value'), e['modality']))
