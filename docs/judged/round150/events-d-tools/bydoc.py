"""Print, per sampled doc, the story and the sampled items with the other dateline events in the same sentence."""
import json, sys
HERE = '/work/wt/j150d/docs/judged/round150/'
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j150d/data/heldout_news53/stories.jsonl')}
recs = {}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
sel = sys.argv[1:] 
for doc in docs:
    if sel and doc not in sel: continue
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    for it in items:
        if it['doc'] != doc: continue
        print(f"\n  ### ITEM #{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']}")
        print(f"      SENT: {it['sentence'].strip()}")
        print(f"      src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
        for e in r['events']:
            if e['id'] == it['event_id']: continue
            if e['sentence']['start'] == [x for x in r['events'] if x['id'] == it['event_id']][0]['sentence']['start']:
                print(f"      same-sent {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
