"""Print, for each item, all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r165/heldout_news60.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    r = recs[it['doc']]
    acts = {a['id']: a for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in same:
        nm = lambda ids: [acts[i]['name'] + '[' + str(acts[i]['country']) + ']' for i in ids]
        print(f"   {'*' if e['id']==me['id'] else ' '}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} {e['modality']}")
