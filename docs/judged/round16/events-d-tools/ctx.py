"""Print the text around one sampled event: ctx.py N [before] [after]."""
import json, sys
recs = {}
for l in open('/tmp/r16/new.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
items = {json.loads(l)['n']: json.loads(l) for l in open('sample-events.jsonl')}
it = items[int(sys.argv[1])]
b = int(sys.argv[2]) if len(sys.argv) > 2 else 800
a = int(sys.argv[3]) if len(sys.argv) > 3 else 400
t = recs[it['doc']]['text']
i = t.find(it['sentence'])
print(f"== #{it['n']} {it['doc']}\n{t[max(0,i-b):i]}[[{it['sentence']}]]{t[i+len(it['sentence']):i+len(it['sentence'])+a]}\n")
