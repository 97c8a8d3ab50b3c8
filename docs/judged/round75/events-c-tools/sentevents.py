"""For items FIRST..LAST of events-c-items.jsonl, list every dateline event in the same sentence
(for the duplicate check), with actors resolved to name[country]."""
import json, sys
R = {}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    r = json.loads(l); R[r['id']] = r['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
a, b = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, len(items))
def act(rec, ids):
    A = {x['id']: x for x in rec['actors']}
    return [f"{A[i]['name']}[{A[i]['country']}]" for i in ids]
for it in items[a - 1:b]:
    rec = R[it['doc']]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}: {len(same)} events in sentence")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {act(rec, e['source'])} -> {act(rec, e['target'])} "
              f"{e['date']['value']}({e['date']['basis']}) {e['modality']}")
