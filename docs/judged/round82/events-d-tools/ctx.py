"""Print, for items FIRST..LAST, the full story (with doc date and weekday) and all dateline events in the item's sentence.
usage: ctx.py FIRST LAST [--nostory]"""
import json, sys, datetime
recs = {}
for l in open('/tmp/r81/heldout_news18.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j82d/data/heldout_news18/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
items = [json.loads(l) for l in open('events-d-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items:
    if not a <= it['n'] <= b: continue
    rec = recs[it['doc']]
    d = datetime.date.fromisoformat(it['document_date'])
    print(f"===== #{it['n']} {it['doc']} {it['event_id']} docdate {d} {d.strftime('%A')}")
    if '--nostory' not in sys.argv and it['doc'] not in shown:
        shown.add(it['doc'])
        s = stories[it['doc']]
        print('TITLE:', s['title']); print(s['text'])
    actors = {x['id']: f"{x['name']}[{x['country']}/{x['sector']}/{x['kind']}]" for x in rec['actors']}
    sent = it['sentence'].strip()
    print('SENT:', sent)
    for e in rec['events']:
        if e['sentence']['text'].strip() == sent:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(x,x) for x in e['source']]} tgt={[actors.get(x,x) for x in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']}")
    print()
