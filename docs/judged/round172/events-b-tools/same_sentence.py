"""For each item, list all dateline events from the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r170/heldout_news63.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    r = recs[it['doc']]
    actors = {a['id']: a for a in r['actors']}
    me = next(e for e in r['events'] if e['id'] == it['event_id'])
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        nm = lambda ids: [actors[i].get('name', i) if i in actors else i for i in ids]
        print(f"   {'*' if e['id']==me['id'] else ' '}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']} {e['modality']}")
