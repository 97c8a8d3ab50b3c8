"""Print, for each sampled item, the story (once per doc) and all dateline events of the item's sentence."""
import json, sys
here = '/work/wt/j163c/docs/judged/round163/'
items = [json.loads(l) for l in open(here + 'events-c-items.jsonl')]
docs = {i['doc'] for i in items} | {json.loads(l)['doc'] for l in open(here + 'paragraphs-c.jsonl')}
stories = {}
for l in open('/work/wt/j163c/data/heldout_news58/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        stories[d['id']] = d
recs = {}
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
lo, hi = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items:
    if not lo <= it['n'] <= hi:
        continue
    doc = it['doc']; r = recs[doc]
    if doc not in shown and '--story' in sys.argv:
        shown.add(doc)
        s = stories[doc]
        print(f"==== STORY {doc} date={s['date']} title={s['title']}\n{s['text']}\n")
    print(f"---- #{it['n']} {doc} {it['event_id']} docdate={it['document_date']}")
    print('SENT:', it['sentence'].strip())
    print(f"  ITEM trig={it['trigger']} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in r['events']:
        if e['sentence']['text'] == it['sentence'] or e['sentence']['start'] == next((x['sentence']['start'] for x in r['events'] if x['id'] == it['event_id']), None):
            if e['id'] == it['event_id']:
                continue
            print(f"  SAME-SENT {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[actor(r,a) for a in e['source']]} tgt={[actor(r,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
