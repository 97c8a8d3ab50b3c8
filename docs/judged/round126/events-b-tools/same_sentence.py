"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json
recs={}
for l in open('/tmp/r125/heldout_news40.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
items=[json.loads(l) for l in open('events-b-items.jsonl')]
for it in items:
    r=recs[it['doc']]
    acts={a['id']:a for a in r['actors']}
    ev={e['id']:e for e in r['events']}
    me=ev[it['event_id']]
    same=[e for e in r['events'] if e['sentence']['start']==me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        nm=lambda ids:[acts[i].get('name') or acts[i].get('text') for i in ids] if ids else []
        mark='*' if e['id']==it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} {e['date']['value']} {e['modality']}")
