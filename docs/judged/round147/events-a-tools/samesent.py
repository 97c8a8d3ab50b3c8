"""Print, for each judged item, every dateline event in the same sentence (duplicate check)."""
import json, sys
judge = sys.argv[1]; items = sys.argv[2]
lo, hi = int(sys.argv[3]), int(sys.argv[4])
R = {}
for l in open(judge):
    d = json.loads(l); R[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a.get('country')}]"
    return aid
for l in open(items):
    it = json.loads(l)
    if not lo <= it['n'] <= hi: continue
    rec = R[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
                  f"date={e['date']['value']} mod={e['modality']}")
