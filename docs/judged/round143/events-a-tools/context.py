"""Print, per item, the full story (from the record text) and every dateline event in the same sentence.
usage: context.py FIRST LAST"""
import json, sys
recs = {}
for l in open('/tmp/r143/heldout_news49.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
def actor(rec, aid):
    for x in rec['actors']:
        if x['id'] == aid:
            return x.get('name') or x.get('text')
    return aid
for it in items[a-1:b]:
    rec = recs[it['doc']]
    print('=' * 100)
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print(rec['text'])
    print('--- events in same sentence:')
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            print(f"  {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,x) for x in e['source']]} tgt={[actor(rec,x) for x in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
