"""Print, per sampled doc, the story text and all dateline events (sampled items marked with their n).

usage: ctx.py RECORDS.jsonl ITEMS.jsonl OUTFILE
"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[2])]
bydoc = {}
for it in items:
    bydoc.setdefault(it['doc'], []).append(it)
out = open(sys.argv[3], 'w')
def act(rec, ids):
    m = {a['id']: a for a in rec['actors']}
    return ['%s[%s/%s/%s]' % (m[i]['name'], m[i].get('country'), m[i].get('sector'), m[i].get('kind')) for i in ids]
for doc in sorted(bydoc, key=lambda d: min(i['n'] for i in bydoc[d])):
    rec = recs[doc]
    marks = {i['event_id']: i['n'] for i in bydoc[doc]}
    print('=' * 100, file=out)
    print(doc, 'docdate', rec['document_date'], 'items', sorted(marks.values()), file=out)
    print(rec['text'], file=out)
    print('--- events', file=out)
    for e in rec['events']:
        tag = ('#%d' % marks[e['id']]) if e['id'] in marks else '  '
        print('%s %s [%s] %s/%s %s -> %s | %s %s | %s rep=%s' % (tag, e['id'], e['trigger']['text'], e['type'], e['mode'],
              act(rec, e['source']), act(rec, e['target']), e['date']['value'], e['date']['basis'], e['modality'],
              e['reported_by']), file=out)
        print('      S: ' + e['sentence']['text'].strip()[:400], file=out)
