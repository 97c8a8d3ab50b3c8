"""For each item, list the other dateline events whose sentence is the item's sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r85/heldout_news20.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
for it in items:
    r = recs[it['doc']]
    acts = {a['id']: a for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in others:
        nm = lambda ids: [acts[i].get('name', i) if i in acts else i for i in ids]
        print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} mod={e['modality']}")
