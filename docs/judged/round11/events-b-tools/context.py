"""Print the text before each sampled event's sentence (for pronoun antecedents)."""
import json, sys
recs = {}
for l in open('/tmp/r11/records.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
want = set(int(x) for x in sys.argv[1].split(','))
for l in open('sample.jsonl'):
    d = json.loads(l)
    if d['n'] not in want: continue
    rec = recs[d['doc']]
    ev = next(e for e in rec['events'] if e['id'] == d['event_id'])
    s = ev['sentence']
    print(f"=== {d['n']} {d['doc']}\nBEFORE: {rec['text'][max(0,s['start']-int(sys.argv[2])):s['start']]!r}\nSENT: {rec['text'][s['start']:s['end']]!r}\nAFTER: {rec['text'][s['end']:s['end']+200]!r}")
