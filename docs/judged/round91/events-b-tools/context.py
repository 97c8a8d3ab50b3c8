"""Print, for items FIRST..LAST of events-b-items.jsonl, every dateline event in the item's sentence
(for the duplicate check), with actor names resolved.  usage: context.py FIRST LAST"""
import json, sys
recs = {}
for line in open('/tmp/r91/heldout_news23.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name') or a.get('text')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for line in open('events-b-items.jsonl'):
    it = json.loads(line)
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in rec['events']:
        if e['sentence']['start'] == me['sentence']['start']:
            print(f"   {'*' if e['id']==me['id'] else ' '} {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
                  f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")
