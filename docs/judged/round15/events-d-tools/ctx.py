"""Print the context (text before/after) of each sampled event's sentence: ctx.py N [N...]"""
import json, sys
recs = {}
want = [int(x) for x in sys.argv[1:]]
items = [json.loads(l) for l in open('sample.jsonl')]
docs = {items[n-1]['doc'] for n in want}
for line in open('/tmp/r15/new.jsonl'):
    d = json.loads(line)
    if d['id'] in docs:
        recs[d['id']] = d['record']
for n in want:
    it = items[n-1]; rec = recs[it['doc']]; t = rec['text']
    ev = next(e for e in rec['events'] if e['id'] == it['event_id'])
    s, e = ev['sentence']['start'], ev['sentence']['end']
    print(f"=== #{n} {it['doc']} ({it['type']})")
    print(t[max(0, s-700):s].replace('\n', ' / ') + ' <<< ' + t[s:e].replace('\n',' ') + ' >>> ' + t[e:e+300].replace('\n', ' / '))
