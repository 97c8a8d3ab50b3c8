# print each sampled item with its full story (once per doc) and dateline's events in the same sentence
import json, sys
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j118a/data/heldout_news36/stories.jsonl')}
recs = {}
for l in open('/tmp/r118/heldout_news36.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
shown = set()
def actor(r, aid):
    a = next((x for x in r['actors'] if x['id'] == aid), None)
    return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else aid
def fmt(r, e):
    return (f"{e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(r,x) for x in e['source']]} "
            f"tgt={[actor(r,x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
for it in items:
    if not lo <= it['n'] <= hi: continue
    doc = it['doc']; r = recs[doc]
    if doc not in shown:
        s = stories[doc]; shown.add(doc)
        print('='*100); print(doc, s['date'], s['title']); print(s['text']); print('-'*100)
    print(f"## #{it['n']} {doc} {it['event_id']}  SENT: {it['sentence'].strip()}")
    print(f"   trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            print('   SAME-SENT:', fmt(r, e))
