"""Print, per sampled doc, the full story and the items, plus dateline's other events in each item's sentence."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = {i['doc'] for i in items} | {p['doc'] for p in paras}
stories = {}
for l in open('/work/wt/j87b/data/heldout_news21/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
out = {}
for l in open('/tmp/r87/heldout_news21.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        out[r['id']] = r
which = sys.argv[1:]
for d in (which or sorted(docs)):
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s['title'])
    print(s['text'])
    print('--- items:')
    for i in items:
        if i['doc'] == d:
            print(f"#{i['n']} {i['event_id']} trig={i['trigger']!r} {i['type']}/{i['mode']} src={i['source']} tgt={i['target']} date={i['date']} mod={i['modality']} rep={i['reported_by']}")
            print('   SENT:', i['sentence'].strip())
    rec = out[d]['record']
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec['actors']}
    print('--- all dateline events in doc (sentence-start offset):')
    for e in rec['events']:
        print(f"  {e['id']} @{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"{[acts.get(x, x) for x in e['source']]} -> {[acts.get(x, x) for x in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']}")
