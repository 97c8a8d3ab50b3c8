"""Print the context (headline + window of chars before/after) for sampled items: ctx.py N [N...]"""
import json, sys
recs = {}
for l in open('/tmp/r11/new3.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
S = {json.loads(l)['n']: json.loads(l) for l in open('sample.jsonl')}
w = int(sys.argv[1]); 
for n in map(int, sys.argv[2:]):
    s = S[n]; rec = recs[s['doc']]; t = rec['text']
    ev = next(e for e in rec['events'] if e['id'] == s['event_id'])
    a, b = ev['sentence']['start'], ev['sentence']['end']
    print(f"=== {n} {s['doc']} dct={rec['document_date']}\nHEAD: {t[:120]!r}\n...{t[max(0,a-w):a]}<<{t[a:b]}>>{t[b:b+w//3]}...\n")
