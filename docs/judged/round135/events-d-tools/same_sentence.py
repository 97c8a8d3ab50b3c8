"""For each item, list every dateline event in the same doc whose sentence overlaps the item's sentence
(duplicate check), plus all events of the doc in compact form."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
want = {i['doc'] for i in items} | {json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')}
recs = {}
for l in open('/tmp/r135/heldout_news45.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid

def fmt(rec, e):
    s = ','.join(actor(rec, a) for a in e['source']); t = ','.join(actor(rec, a) for a in e['target'])
    return f"{e['id']} {e['type']}/{e['mode']} '{e['trigger']['text']}' {s} -> {t} {e['date']['value']} {e['modality']}"

lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, 50)
for it in items:
    if not lo <= it['n'] <= hi:
        continue
    rec = recs[it['doc']]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    ss, se = me['sentence']['start'], me['sentence']['end']
    others = [e for e in rec['events'] if e['id'] != me['id'] and e['sentence']['start'] < se and e['sentence']['end'] > ss]
    print(f"#{it['n']} {it['doc']} {fmt(rec, me)}")
    for e in others:
        print('    same sentence:', fmt(rec, e))
