"""For each item (n range), list all dateline events in the same story sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r124/heldout_news39.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-b-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi: continue
    r = recs[it['doc']]
    actors = {a['id']: f"{a['name']}[{a['country']}]" for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} date={e['date']['value']} mod={e['modality']}")
