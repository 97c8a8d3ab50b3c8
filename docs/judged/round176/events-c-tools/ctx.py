"""Print, per sampled doc, the story and all dateline events (compact), marking the sampled items.
usage: ctx.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl > out.txt"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[2])]
paras = [json.loads(l) for l in open(sys.argv[3])]
mine = {}
for i in items: mine.setdefault(i['doc'], {})[i['event_id']] = i['n']
docs = list(dict.fromkeys([i['doc'] for i in items] + [p['doc'] for p in paras]))
for d in docs:
    rec = recs[d]
    acts = {a['id']: a for a in rec['actors']}
    def nm(ids):
        out = []
        for x in ids:
            a = acts.get(x)
            out.append(f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else str(x))
        return out
    print('=' * 100); print('DOC', d, 'docdate', rec['document_date'], '| para' if d in [p['doc'] for p in paras] else '')
    print(rec['text'])
    print('--- events')
    for e in rec['events']:
        mark = f"<<ITEM #{mine[d][e['id']]}>>" if e['id'] in mine.get(d, {}) else ''
        rb = e.get('reported_by'); rb = nm([rb])[0] if isinstance(rb, str) else rb
        print(f"{mark}{e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={rb}")
        print('      S:', e['sentence']['text'].strip()[:300])
