"""Print, for items n1..n2 of events-b-items.jsonl, the full story (once per doc) and every
dateline event in the item's sentence (for the duplicate check).
usage: python events-b-tools/ctx.py N1 N2"""
import json, sys
STORIES = '/work/wt/j78b/data/heldout_news16/stories.jsonl'
REC = '/tmp/r77/heldout_news16.judge.jsonl'
items = [json.loads(l) for l in open('events-b-items.jsonl')]
n1, n2 = int(sys.argv[1]), int(sys.argv[2])
want = {i['doc'] for i in items if n1 <= i['n'] <= n2}
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d['id'] in want: stories[d['id']] = d
recs = {}
for l in open(REC):
    d = json.loads(l)
    if d['id'] in want: recs[d['id']] = d['record']
def act(rec, ids):
    a = {x['id']: x for x in rec['actors']}
    return [f"{a[i]['name']}[{a[i]['country']}/{a[i]['sector']}]" for i in ids]
shown = set()
for it in items:
    if not (n1 <= it['n'] <= n2): continue
    s = stories[it['doc']]; rec = recs[it['doc']]
    print('=' * 100)
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}  title={s['title']}")
    if it['doc'] not in shown:
        shown.add(it['doc']); print(s['text'])
        print('-' * 60)
    print('SENT:', it['sentence'])
    print(f"  ITEM trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            print(f"  other {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={act(rec,e['source'])} tgt={act(rec,e['target'])} date={e['date'].get('value')} mod={e['modality']}")
