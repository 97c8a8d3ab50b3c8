"""For each item, list every dateline event in the same sentence (for the duplicate check).
usage: samesent.py JUDGE.jsonl ITEMS.jsonl [FROM TO]"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    o = json.loads(l); recs[o['id']] = o['record']
items = [json.loads(l) for l in open(sys.argv[2])]
lo, hi = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1, len(items))
def name(r, aid):
    for a in r['actors']:
        if a['id'] == aid: return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
for it in items:
    if not lo <= it['n'] <= hi: continue
    r = recs[it['doc']]
    me = next(e for e in r['events'] if e['id'] == it['event_id'])
    s = me['sentence']['start']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']!r}")
    for e in r['events']:
        if e['sentence']['start'] == s:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r}@{e['trigger']['start']} "
                  f"src={[name(r,a) for a in e['source']]} tgt={[name(r,a) for a in e['target']]} "
                  f"date={e['date'].get('value')} ({e['date'].get('basis')}) mod={e['modality']} "
                  f"mentions={[m['text'] for m in e.get('mentions',[])]}")
