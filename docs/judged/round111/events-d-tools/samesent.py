"""For each item (n range), list all dateline events (incl. the item) whose sentence is the item's sentence,
with actor names resolved, for the duplicate check.  usage: samesent.py FIRST LAST"""
import json, sys
recs = {}
for l in open('/tmp/r111/heldout_news33.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi:
        continue
    r = recs[it['doc']]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i, {})
            out.append(a.get('name') or a.get('text') or i)
        return out
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']} {e['modality']}")
