# For each item, list the other events dateline found in the same sentence (duplicate check),
# and, with --doc DOC, all events of a story.
import json, sys
recs = {}
for l in open('/tmp/r173/heldout_news64.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid

def show(rec, e, pre='    '):
    print(f"{pre}{e['id']} '{e['trigger']['text']}' {e['type']}/{e.get('mode')} "
          f"src={[actor(rec, a) for a in e['source']]} tgt={[actor(rec, a) for a in e['target']]} "
          f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")

if len(sys.argv) > 2 and sys.argv[1] == '--doc':
    rec = recs[sys.argv[2]]
    for e in rec['events']:
        print('  SENT@', e['sentence']['start'], e['sentence']['text'][:100].replace('\n', ' '))
        show(rec, e)
    sys.exit()
items = [json.loads(l) for l in open('events-d-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        if e['id'] != it['event_id']:
            show(rec, e, '    also ')
