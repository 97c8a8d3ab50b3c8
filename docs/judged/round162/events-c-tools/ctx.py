"""Print each sampled item with its full story and all dateline events of the same sentence."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j162c/data/heldout_news59/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r162/heldout_news59.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items:
    if not (lo <= it['n'] <= hi): continue
    doc = it['doc']
    print('=' * 100)
    print(f"#{it['n']} {doc} {it['event_id']} docdate={it['document_date']}")
    if doc not in shown:
        s = stories[doc]; shown.add(doc)
        print('TITLE:', s.get('title'), '| DATE:', s.get('date'))
        print(s['text'])
        print('-' * 40)
    print('SENT:', it['sentence'].strip())
    print(f"  trig={it['trigger']!r} type={it['type']} mode={it['mode']} cameo={it['cameo']} rule={it['rule']}")
    print(f"  src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    rec = recs[doc]
    acts = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in rec.get('actors', [])}
    for e in rec.get('events', []):
        if e['sentence']['text'].strip() != it['sentence'].strip() or e['id'] == it['event_id']:
            continue
        dt = e['date']
        print(f"  OTHER in sentence: {e['id']} trig={e['trigger']['text']!r} type={e['type']} mode={e['mode']} "
              f"src={[acts.get(x, x) for x in e['source']]} tgt={[acts.get(x, x) for x in e['target']]} "
              f"date={dt.get('value')}/{dt.get('basis')} mod={e['modality']}")
