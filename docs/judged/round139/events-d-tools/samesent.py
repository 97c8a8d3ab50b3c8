# For each item, list every dateline event in the same story whose sentence overlaps the item's sentence.
import json, sys
recs = {}
for l in open('/tmp/r139/heldout_news47.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    actors = {a['id']: f"{a['name']}[{a['country']}]" for a in rec['actors']}
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    s0, s1 = me['sentence']['start'], me['sentence']['end']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in rec['events']:
        if e['sentence']['start'] < s1 and e['sentence']['end'] > s0:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} date={e['date']['value']} {e['modality']}")
