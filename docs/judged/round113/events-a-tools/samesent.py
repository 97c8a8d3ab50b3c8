"""For each item, list all dateline events in the same doc and sentence (duplicate check).
Also, with --para, list the events dateline found in each sampled first paragraph."""
import json, sys
HERE = '/work/wt/j113a/docs/judged/round113/'
recs = {}
for l in open('/tmp/r113/heldout_news34.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('text') or a.get('name') or aid
    return aid

def show(rec, e):
    s = [actor(rec, a) for a in e['source']]
    t = [actor(rec, a) for a in e['target']]
    return f"   {e['id']} {e['trigger']['text']!r} {e['type']}/{e.get('mode')} src={s} tgt={t} date={e['date']['value']} mod={e['modality']}"

for l in open(HERE + 'events-a-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    evs = [e for e in rec['events'] if e['sentence']['text'] == it['sentence']]
    if len(evs) > 1:
        print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
        for e in evs:
            print(show(rec, e))
