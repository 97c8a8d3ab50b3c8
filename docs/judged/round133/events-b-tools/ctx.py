"""Print each item with the full story (first time its doc appears) and all dateline events in the same sentence.
usage: ctx.py FIRST LAST"""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(here / 'events-b-items.jsonl')]
recs = {}
for l in open('/tmp/r133/heldout_news44.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j133b/data/heldout_news44/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
first, last = int(sys.argv[1]), int(sys.argv[2])
seen = set(i['doc'] for i in items if i['n'] < first)
def an(rec, ids):
    m = {a['id']: a for a in rec['actors']}
    return [f"{m[i]['name']}[{m[i]['country']}/{m[i]['sector']}]" for i in ids]
for it in items:
    if not (first <= it['n'] <= last): continue
    rec = recs[it['doc']]
    if it['doc'] not in seen:
        seen.add(it['doc'])
        s = stories[it['doc']]
        print(f"=== STORY {it['doc']} date={s['date']} title={s['title']}\n{s['text']}\n===")
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print("  SENT:", it['sentence'].strip())
    print(f"  trig={it['trigger']!r} type={it['type']} mode={it['mode']} cameo={it['cameo']}")
    print(f"  src={it['source']} tgt={it['target']}")
    print(f"  date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in rec['events']:
        if e['sentence']['start'] == next(x for x in rec['events'] if x['id']==it['event_id'])['sentence']['start'] and e['id'] != it['event_id']:
            print(f"    same-sent {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={an(rec,e['source'])} tgt={an(rec,e['target'])} date={e['date']['value']} mod={e['modality']}")
    print()
