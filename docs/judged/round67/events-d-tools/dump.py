"""Print each sampled story once (title, date, text) followed by its sampled items and the
other dateline events of the same sentences (for the duplicate check)."""
import json, sys
HERE = '/work/wt/j67d/docs/judged/round67/'
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
stories = {}
for l in open('/work/wt/j67d/data/heldout_news11/stories.jsonl'):
    r = json.loads(l); stories[r['id']] = r
out = {}
for l in open('/tmp/r67/heldout_news11.judge.jsonl'):
    r = json.loads(l)
    out[r['id']] = r['record']
order = []
for it in items:
    if it['doc'] not in order: order.append(it['doc'])
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for d in order[lo:hi]:
    s = stories[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    rec = out.get(d)
    evs = rec.get('events', []) if rec else []
    acts = {a['id']: a for a in rec.get('actors', [])} if rec else {}
    def nm(ids):
        return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" if i in acts else i for i in ids]
    for it in items:
        if it['doc'] != d: continue
        print('-' * 60)
        print(f"#{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']}")
        print('  SENT:', it['sentence'].strip())
        print('  src=', it['source'], 'tgt=', it['target'])
        print('  date=', it['date'], 'mod=', it['modality'], 'rep=', it['reported_by'])
        for e in evs:
            if e['id'] != it['event_id'] and e['sentence']['text'].strip() == it['sentence'].strip():
                print(f"   other same-sent: {e['id']} trig={e['trigger']['text']!r} {e['type']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} mod={e['modality']}")
