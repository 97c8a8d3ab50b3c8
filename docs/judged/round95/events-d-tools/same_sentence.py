"""For each item, list every dateline event in the same story whose sentence is the item's sentence (duplicate check).
With --paras, list dateline's events in each sampled first paragraph instead."""
import json, sys
recs = {}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
def actor(rec, a):
    for x in rec['actors']:
        if x['id'] == a:
            return f"{x.get('name') or x.get('text')}[{x.get('country')}]"
    return a
def short(rec, e):
    return (f"{e['id']} {e['trigger']['text']!r} {e['type']}/{e.get('mode')} src={[actor(rec,a) for a in e['source']]} "
            f"tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
if '--paras' in sys.argv:
    for l in open('paragraphs-d.jsonl'):
        if not l.strip():
            continue
        p = json.loads(l)
        rec = recs[p['doc']]
        print(p['doc'], p['paragraph'][:80])
        for e in rec['events']:
            if e['sentence']['start'] < len(p['paragraph']) + 60 and e['sentence']['text'].strip() and e['sentence']['text'].strip() in rec['text'][:rec['text'].find('\n', 30) + 1]:
                print('    ', short(rec, e))
    sys.exit()
items = [json.loads(l) for l in open('events-d-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']!r}: {len(same)} other(s)")
    for e in same:
        print('     ', short(rec, e))
