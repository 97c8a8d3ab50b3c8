# print a story's text, then dateline's events for it (sentence-grouped), marking sampled items
import json, sys
docs = sys.argv[1:]
items = [json.loads(l) for l in open('/work/wt/j124c/docs/judged/round124/events-c-items.jsonl')]
samp = {(i['doc'], i['event_id']): i['n'] for i in items}
recs = {}
for l in open('/tmp/r124/heldout_news39.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
for doc in docs:
    r = recs[doc]
    print('=' * 100); print(doc, 'docdate', r['document_date'])
    print(r['text'])
    actors = {a['id']: a for a in r['actors']}
    def an(ids):
        out = []
        for x in ids:
            a = actors.get(x, {})
            out.append(f"{a.get('name', x)}[{a.get('country')}/{a.get('sector', a.get('role'))}]")
        return out
    print('--- events')
    for e in r['events']:
        mark = f"<<#{samp[(doc, e['id'])]}>>" if (doc, e['id']) in samp else ''
        print(f"{e['id']} {mark} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={an(e['source'])} tgt={an(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} | {e['sentence']['text'][:90].strip()}")
