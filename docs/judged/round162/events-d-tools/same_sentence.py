"""For each item, list all dateline events in the same sentence (duplicate check).
usage: same_sentence.py FIRST LAST"""
import json, sys
recs = {}
for l in open('/tmp/r162/heldout_news59.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
for it in items[a-1:b]:
    r = recs[it['doc']]
    actors = {x['id']: f"{x['name']}[{x['country']}/{x['sector']}]" for x in r['actors']}
    ev = [e for e in r['events'] if e['id'] == it['event_id']][0]
    s = ev['sentence']['start']
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in r['events']:
        if e['sentence']['start'] == s:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
