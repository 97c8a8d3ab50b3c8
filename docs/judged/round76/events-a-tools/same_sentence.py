# for each item, list all dateline events in the same sentence (duplicate check)
import json
recs = {}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
def name(r, aid):
    a = next((x for x in r['actors'] if x['id'] == aid), None)
    return a.get('name') if a else aid
for l in open('events-a-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    me = next(e for e in r['events'] if e['id'] == it['event_id'])
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']}")
    for e in same:
        print('   ', e['id'], e['trigger']['text'], e['type'], [name(r, a) for a in e['source']], '->', [name(r, a) for a in e['target']], e['date']['value'], e['modality'])
