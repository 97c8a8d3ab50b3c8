"""Print, for items lo..hi, the full story (once per doc) and every dateline event in the item's sentence."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
stories = {}
for l in open('/work/wt/j89a/data/heldout_news22/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
need = {it['doc'] for it in items}
for l in open('/tmp/r89/heldout_news22.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in need: recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name') or a.get('text')}[{a.get('country')}/{a.get('sector')}]"
    return aid
shown = set()
for it in items[lo-1:hi]:
    doc = it['doc']; rec = recs[doc]
    if doc not in shown:
        s = stories[doc]
        print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('=' * 100)
        shown.add(doc)
    print(f"\n### #{it['n']} {doc} {it['event_id']} docdate={it['document_date']}")
    print('SENT:', it['sentence'].strip())
    print(f"  trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            print(f"  other {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} {e['date']['basis']} mod={e['modality']}")
