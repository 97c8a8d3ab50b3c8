"""Print each sampled doc's full story once, then its sampled items and all of dateline's
events in the same sentences (for the duplicate check)."""
import json, sys
stories = {}
for l in open('/work/wt/j135b/data/heldout_news45/stories.jsonl'):
    r = json.loads(l); stories[r['id']] = r
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = {}
for l in open('/tmp/r135/heldout_news45.judge.jsonl'):
    r = json.loads(l); out[r['id']] = r
def evs(rec):
    # find event list in the record
    r = rec.get('record', rec)
    return r.get('events', [])
order = []
for it in items:
    if it['doc'] not in order: order.append(it['doc'])
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for d in order[lo:hi]:
    s = stories[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    alle = evs(out[d])
    for it in items:
        if it['doc'] != d: continue
        print('-' * 60)
        print(f"#{it['n']} {it['event_id']} SENT: {it['sentence'].strip()}")
        print(f"  trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
        acts = {a['id']: a for a in out[d]['record']['actors']}
        nm = lambda ids: [f"{acts[i]['name']}[{acts[i]['country']}]" for i in ids]
        same = [e for e in alle if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
        for e in same:
            print(f"    other in sent: {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')} mod={e['modality']}")
