"""Print each item of events-c-items.jsonl with the other dateline events in the same sentence.
usage: python events-c-tools/ctx.py FROM TO   (item numbers, inclusive)"""
import json, sys
recs = {}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def name(r, a):
    for x in r['actors']:
        if x['id'] == a:
            return f"{x.get('name')}[{x.get('country')}/{x.get('sector')}/{x.get('kind')}]"
    return a
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi: continue
    r = recs[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']} trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    print("  SENT:", it['sentence'].strip())
    for e in r['events']:
        if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']:
            print(f"   other {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(r,a) for a in e['source']]} tgt={[name(r,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
    print()
