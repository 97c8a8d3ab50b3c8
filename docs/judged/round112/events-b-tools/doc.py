"""Print a story and all dateline events in it (compact), for the docs given on the command line."""
import json, sys
docs = sys.argv[1:]
recs = {}
for l in open('/tmp/r112/heldout_news33.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
for doc in docs:
    r = recs[doc]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i)
            out.append(f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else i)
        return out
    print('=' * 100)
    print(doc, r['document_date'])
    print(r['text'])
    print('-- events')
    for e in r['events']:
        print(f"{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']}")
        print('     S:', e['sentence']['text'][:200])
