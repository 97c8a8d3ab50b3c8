"""Print, for each sampled item, the other events dateline found in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else 'events-a-items.jsonl')]
for it in items:
    r = recs[it['doc']]
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        return [actors[i].get('text') or actors[i].get('name') if i in actors else i for i in ids]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in others:
        print(f"   other {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} mod={e['modality']}")
