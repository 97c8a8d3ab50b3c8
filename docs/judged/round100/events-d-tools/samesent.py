# for each item, list all dateline events in the same sentence (duplicate check)
import json, sys
recs = {}
for l in open('/tmp/r100/heldout_news27.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    actors = {a['id']: f"{a['name']}[{a['country']}]" for a in rec['actors']}
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}: {len(same)} events in sentence")
    for e in same:
        print('   ', '*' if e['id'] == me['id'] else ' ', e['id'], e['type'], e['mode'], repr(e['trigger']['text']),
              [actors.get(a, a) for a in e['source']], '->', [actors.get(a, a) for a in e['target']],
              e['date']['value'], e['modality'])
