"""Print, for each sampled doc, the story text and dateline's events (compact), marking sampled items."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j143d/data/heldout_news49/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r143/heldout_news49.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
sel = sys.argv[1:] or docs
for d in sel:
    s = stories[d]; rec = recs[d]
    names = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in rec['actors']}
    mine = [i['n'] for i in items if i['doc'] == d]
    print('=' * 100); print(d, s['date'], s['title'], 'items:', mine, 'para' if d in [p['doc'] for p in paras] else '')
    print(s['text']); print('-- dateline events:')
    for e in rec['events']:
        tag = [i['n'] for i in items if i['doc'] == d and i['event_id'] == e['id']]
        print(f"  {e['id']}{' <#'+str(tag[0])+'>' if tag else ''} {e['type']}/{e['mode']} '{e['trigger']['text']}' "
              f"src={[names.get(a,a) for a in e['source']]} tgt={[names.get(a,a) for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} | {e['sentence']['text'][:90].strip()}")
