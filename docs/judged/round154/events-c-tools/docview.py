"""Print, for each doc of judge c's items (or given docs), the story text and all dateline events (compact)."""
import json, sys
HERE = '/work/wt/j154c/docs/judged/round154/'
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-c.jsonl')]
docs = sys.argv[1:] or list(dict.fromkeys([i['doc'] for i in items] + [p['doc'] for p in paras]))
recs = {}
for l in open('/tmp/r154/heldout_news55.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
for doc in docs:
    r = recs[doc]
    actors = {a['id']: '%s[%s/%s/%s]' % (a['name'], a['country'], a['sector'], a['kind']) for a in r['actors']}
    print('=' * 20, doc, r['document_date'])
    print(r['text'])
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == doc}
    for e in r['events']:
        tag = ('ITEM#%d' % mine[e['id']]) if e['id'] in mine else ''
        print('  %s %s %s/%s trig=%r src=%s tgt=%s date=%s(%s) mod=%s rep=%s | %s' % (
            tag, e['id'], e['type'], e['mode'], e['trigger']['text'],
            [actors.get(a, a) for a in e['source']], [actors.get(a, a) for a in e['target']],
            e['date']['value'], e['date']['basis'], e['modality'],
            actors.get(e['reported_by'], e['reported_by']), e['sentence']['text'][:90].replace('\n', ' ')))
    print()
