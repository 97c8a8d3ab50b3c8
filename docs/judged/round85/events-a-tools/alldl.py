import json, sys
recs = {}
for l in open('/tmp/r85/heldout_news20.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
docs = sys.argv[1:]
for doc in docs:
    r = recs[doc]
    acts = {a['id']: f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    print('==', doc)
    mine = {it['event_id']: it['n'] for it in items if it['doc'] == doc}
    for e in r['events']:
        tag = f"<#{mine[e['id']]}>" if e['id'] in mine else ''
        print(f" {e['id']}{tag} s@{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
