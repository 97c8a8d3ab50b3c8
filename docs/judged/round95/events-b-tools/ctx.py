"""Print, for items FIRST..LAST, the full story (once per doc) and the item with dateline's other events in the same sentence.
usage: ctx.py FIRST LAST"""
import json, sys
first, last = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open('events-b-items.jsonl')]
stories = {}
for l in open('/work/wt/j95b/data/heldout_news25/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    d = json.loads(l)
    r = d['record']; acts = {a['id']: a for a in r.get('actors', [])}
    for e in r.get('events', []):
        e['sentence'] = e['sentence']['text']; e['trigger'] = e['trigger']['text']
        e['source'] = [f"{acts[a]['name']}[{acts[a]['country']}]" for a in e['source']]
        e['target'] = [f"{acts[a]['name']}[{acts[a]['country']}]" for a in e['target']]
        e['event_id'] = e['id']; e['date'] = (e['date'] or {}).get('value')
    recs[d['id']] = r
shown = set()
def fmt(e):
    return f"{e.get('event_id')} trig={e.get('trigger')!r} {e.get('type')}/{e.get('mode')} src={e.get('source')} tgt={e.get('target')} date={e.get('date')} mod={e.get('modality')}"
for it in items:
    if not first <= it['n'] <= last: continue
    s = stories[it['doc']]
    if it['doc'] not in shown:
        shown.add(it['doc'])
        print('='*100); print(it['doc'], s['date'], s['title']); print(s['text']); print('-'*100)
    print(f"#{it['n']} {it['doc']} {it['event_id']} SENT: {it['sentence'].strip()}")
    print(f"   trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    r = recs.get(it['doc'])
    if r:
        evs = r.get('events', [])
        for e in evs:
            if e.get('sentence','').strip() == it['sentence'].strip() and e.get('event_id') != it['event_id']:
                print('   SAME-SENT:', fmt(e))
    print()
