"""List, for each sampled item, every dateline event in the same sentence of the same story (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r64/heldout_news9.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, 50)
for it in items:
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    actors = {a['id']: f"{a['name']}[{a['country']}]" for a in rec['actors']}
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        s = [actors.get(x, x) for x in e['source']]; t = [actors.get(x, x) for x in e['target']]
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e.get('mode')} src={s} tgt={t} date={e['date']['value']} mod={e['modality']}")
