"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json
R = {}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    d = json.loads(l)
    R[d['id']] = d['record']
def an(rec, ids):
    A = {a['id']: a for a in rec['actors']}
    return [f"{A[i]['name']}[{A[i].get('country')}]" if i in A else i for i in ids]
for l in open('events-a-items.jsonl'):
    it = json.loads(l)
    rec = R[it['doc']]
    ev = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in ev:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"   {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']} src={an(rec,e['source'])} tgt={an(rec,e['target'])} date={e['date'].get('value')} mod={e['modality']}")
