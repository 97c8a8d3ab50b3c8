"""Print, for each sampled doc, the full story text and every dateline event in it
(grouped by sentence), so duplicates in a sentence can be checked. Usage: context.py N1 N2"""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
recs = {}
for l in open('/tmp/r131/heldout_news43.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
def actor(r, ids):
    am = {a['id']: a for a in r['actors']}
    return [f"{am[i]['name']}[{am[i]['country']}/{am[i]['sector']}]" if i in am else i for i in ids]
for it in items[lo-1:hi]:
    r = recs[it['doc']]
    print('=' * 100); print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={r['document_date']}")
    print(r['text'])
    print('--- events in same sentence as item:')
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            print(' ', e['id'], e['trigger']['text'], e['type'], e['mode'], actor(r, e['source']), '->', actor(r, e['target']), e['date']['value'], e['date']['basis'], e['modality'])
