# for items a..b, list all dateline events in the same sentence (duplicate check)
import json, sys
recs = {}
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
def actor(r, aid):
    for x in r['actors']:
        if x['id'] == aid:
            return f"{x['name']}[{x['country']}]"
    return aid
for it in items[a-1:b]:
    r = recs[it['doc']]
    evs = [e for e in r['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']}: {len(evs)} events in sentence")
    for e in evs:
        print('   ', e['id'], e['type'], e['mode'], repr(e['trigger']['text']), [actor(r,x) for x in e['source']], '->', [actor(r,x) for x in e['target']], e['date']['value'], e['modality'])
