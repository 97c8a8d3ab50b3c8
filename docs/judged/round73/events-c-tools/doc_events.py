# print all dateline events of the given docs, by sentence (for the duplicate check)
import json, sys
want = set(sys.argv[1:])
for l in open('/tmp/r73/heldout_news14.judge.jsonl'):
    d = json.loads(l)
    if d['id'] not in want: continue
    r = d['record']
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    print('=====', d['id'])
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
              f"src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} "
              f"date={e['date']['value']} {e['modality']} | {e['sentence']['text'][:90].strip()}")
