"""Print each sampled event's sentence with ~400 chars of text before it (for antecedents) and 150 after."""
import json, sys
recs = {}
for l in open('/tmp/r11/records.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
for l in open(sys.argv[1]):
    s = json.loads(l)
    rec = recs[s['doc']]
    ev = next(e for e in rec['events'] if e['id'] == s['event_id'])
    a, b = ev['sentence']['start'], ev['sentence']['end']
    t = rec['text']
    print(f"== {s['n']} {s['doc']}\n...{t[max(0,a-int(sys.argv[2])):a]}[[{t[a:b]}]]{t[b:b+150]}...\n".replace('\n\n','\n'))
