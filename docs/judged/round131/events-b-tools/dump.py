"""Print each sampled item with its full story (story printed once, at its first item), plus
the other dateline events in the same sentence (for the duplicate check)."""
import json, sys
here = '/work/wt/j131b/docs/judged/round131/'
items = [json.loads(l) for l in open(here + 'events-b-items.jsonl')]
paras = [json.loads(l) for l in open(here + 'paragraphs-b.jsonl')]
want = {i['doc'] for i in items} | {p['doc'] for p in paras}
stories = {}
for l in open('/work/wt/j131b/data/heldout_news43/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r131/heldout_news43.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
seen = set()
for it in items:
    if not lo <= it['n'] <= hi:
        continue
    d = it['doc']
    print('=' * 100)
    if d not in seen:
        s = stories[d]
        print(f"STORY {d} date={s['date']} title={s['title']}\n{s['text']}\n")
        seen.add(d)
    print(f"#{it['n']} {d} {it['event_id']} docdate={it['document_date']}")
    print('SENT:', it['sentence'].strip())
    print(f"trig={it['trigger']!r} type={it['type']} mode={it['mode']} cameo={it['cameo']} rule={it['rule']}")
    print('src=', it['source'], 'tgt=', it['target'])
    print('date=', it['date'], 'mod=', it['modality'], 'rep=', it['reported_by'])
    r = recs.get(d)
    if r:
        names = {a['id']: f"{a['name']}[{a['country']}]" for a in r['actors']}
        for e in r['events']:
            if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
                print('  SAME-SENT:', e['id'], e['trigger']['text'], e['type'], e['mode'], [names.get(x, x) for x in e['source']], '->', [names.get(x, x) for x in e['target']], e['modality'], e['date'].get('value'))
