"""For each item, list all dateline events of the same doc in the same sentence (duplicate check)."""
import json, sys
recs = {}
for line in open('/tmp/r79/heldout_news17.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    rec = recs[it['doc']]
    acts = {a['id']: f"{a['name']}[{a.get('country')}]" for a in rec['actors']}
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} {[acts.get(x,x) for x in e['source']]} -> {[acts.get(x,x) for x in e['target']]} {e['date']['value']} {e['modality']}")
