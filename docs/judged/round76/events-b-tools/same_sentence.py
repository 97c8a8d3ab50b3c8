"""For each item, list every dateline event in the same sentence (duplicate check);
for each paragraph, list dateline events whose sentence lies in the first paragraph."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
recs = {}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']

def name(rec, ids):
    acts = {a['id']: a for a in rec['actors']}
    return [f"{acts[i]['name']}[{acts[i]['country']}]" for i in ids]

def show(rec, e):
    return (f"  {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={name(rec, e['source'])} "
            f"tgt={name(rec, e['target'])} date={e['date'] and e['date'].get('value')} mod={e['modality']} conf={e.get('confidence')}")

for it in items:
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        print(show(rec, e))
print('=== paragraphs')
for p in paras:
    rec = recs[p['doc']]
    first = rec['text'].split('\n')[0]
    print(p['doc'], '|', first[:100])
    for e in rec['events']:
        if e['sentence']['start'] < len(first):
            print(show(rec, e))
