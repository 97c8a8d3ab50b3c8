"""Print, per sampled doc, the full story, then each sampled item with all dateline events in its sentence.
Usage: python ctx.py ITEMS JUDGE STORIES FROM TO   (items numbered n)"""
import json, sys
items_f, judge_f, stories_f, lo, hi = sys.argv[1:6]
lo, hi = int(lo), int(hi)
items = [json.loads(l) for l in open(items_f)]
recs = {}
for l in open(judge_f):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open(stories_f):
    s = json.loads(l); stories[s['id']] = s
def actor(rec, a):
    for x in rec['actors']:
        if x['id'] == a: return f"{x['name']}[{x['country']}/{x['sector']}/{x['kind']}]"
    return a
shown = set()
for it in items:
    if not (lo <= it['n'] <= hi): continue
    d = it['doc']; rec = recs[d]
    if d not in shown:
        shown.add(d)
        s = stories[d]
        print('='*100); print(f"DOC {d} date={s['date']} title={s['title']}"); print(s['text']); print('-'*100)
    print(f"\n#{it['n']} {d} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']}")
    print('  SENT:', it['sentence'].strip())
    print('  src=', it['source'], 'tgt=', it['target'], 'date=', it['date'], 'mod=', it['modality'], 'rep=', it['reported_by'])
    print('  rule=', it['rule'])
    for e in rec['events']:
        if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']:
            print(f"    other in sent: {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
