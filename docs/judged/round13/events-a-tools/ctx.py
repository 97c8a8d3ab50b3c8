"""Print the context (text before/after) of sampled events: ctx.py N [N...] ; -h for the doc head."""
import json, sys
recs = {}
for l in open('/tmp/r13/new.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = {json.loads(l)['n']: json.loads(l) for l in open('sample.jsonl')}
for a in sys.argv[1:]:
    it = items[int(a)]; t = recs[it['doc']]['text']
    i = t.find(it['sentence'])
    print(f"== {a} {it['doc']} dct={it['document_date']}\nHEAD: {t[:250]!r}\nBEFORE: {t[max(0,i-600):i]!r}\nAFTER: {t[i+len(it['sentence']):i+len(it['sentence'])+200]!r}\n")
