# for each item n in [FIRST, LAST], list every dateline event of the same doc whose sentence overlaps the item's sentence
import json, sys
recs = {}
for l in open('/tmp/r115/heldout_news35.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
items = [json.loads(l) for l in open('events-d-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for it in items:
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
