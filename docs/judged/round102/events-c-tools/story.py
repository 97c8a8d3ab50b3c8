"""Print a story's text (from dateline's record) with all dateline events, marking sampled items.
usage: story.py DOC [DOC...]"""
import json, sys
recs = {}
for l in open('/tmp/r102/heldout_news28.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('/work/wt/j102c/docs/judged/round102/events-c-items.jsonl')]
for doc in sys.argv[1:]:
    r = recs[doc]; act = {a['id']: a for a in r['actors']}
    def nm(ids): return [f"{act[i]['name']}[{act[i]['country']}/{act[i]['sector']}]" for i in ids]
    mine = {it['event_id']: it['n'] for it in items if it['doc'] == doc}
    print('=' * 20, doc, r['document_date'])
    print(r['text'])
    print('-- events')
    for e in r['events']:
        mark = f"  <<#{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} | {e['sentence']['text'][:90]!r}{mark}")
