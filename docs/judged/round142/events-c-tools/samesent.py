"""For each item, list every dateline event in the same sentence (duplicate check)."""
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
recs={}
for l in open('/tmp/r141/heldout_news48.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def actor(r,a):
    for x in r['actors']:
        if x['id']==a: return x.get('name') or x.get('text')
    return a
for it in items:
    r=recs[it['doc']]
    ev=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} -> {len(ev)} events in sentence")
    for e in ev:
        print('   ', e['id'], e['trigger']['text'], e['type'], e.get('mode'), [actor(r,a) for a in e['source']], '->', [actor(r,a) for a in e['target']], e['date']['value'], e['modality'])
