"""Print, for items A..B, the item, every dateline event in the same sentence, and the full story once per doc."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
recs = {}
for l in open('/tmp/r131/heldout_news43.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j131c/data/heldout_news43/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
a, b = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items[a-1:b]:
    rec = recs[it['doc']]
    actors = {x['id']: f"{x['name']}[{x['country']}/{x['sector']}/{x['kind']}]" for x in rec['actors']}
    if it['doc'] not in shown and '--story' in sys.argv:
        st = stories[it['doc']]
        print('=' * 30, it['doc'], st['date'], st['title']); print(st['text']); print('=' * 30)
        shown.add(it['doc'])
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print('  SENT:', it['sentence'].strip())
    print(f"  trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            print(f"    other {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
    print()
