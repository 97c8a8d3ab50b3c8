"""For each item: its fields, and every dateline event in the same sentence (duplicate check); also dump the stories."""
import json, sys
recs = {}
for l in open('/tmp/r153/heldout_news54.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j155c/data/heldout_news54/stories.jsonl')}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid
mode = sys.argv[1]
if mode == 'stories':
    seen = []
    for it in items:
        if it['doc'] in seen: continue
        seen.append(it['doc'])
        s = stories[it['doc']]
        print(f"=== {it['doc']} date={s['date']} items={[i['n'] for i in items if i['doc']==it['doc']]}\nTITLE: {s['title']}\n{s['text']}\n")
else:
    a, b = int(sys.argv[2]), int(sys.argv[3])
    for it in items[a-1:b]:
        rec = recs[it['doc']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
        print(f"  SENT: {it['sentence'].strip()}")
        print(f"  trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
        ev = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip()]
        for e in ev:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"   {mark}{e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,x) for x in e['source']]} tgt={[actor(rec,x) for x in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
        print()
